package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableDoubleValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ProjectedShape;
import org.timeatlas.geo.WorldBox;
import org.timeatlas.ui.CssColours;

/**
 * A small map of the whole atlas area in greys with a red frame round what the main map shows, so a reader
 * zoomed in on one valley knows where it lies. Drawn once; a change of view only moves the frame. A click
 * centres the main map there. Its colours are CSS properties ({@code -locator-sea}, {@code -locator-land} …, set
 * in day-by-day.css), and its size follows the interface scale; either change paints it again.
 */
final class LocatorMap extends Region {

    /** Its size at 100 %, in pixels. */
    static final double WIDTH = 180;
    static final double HEIGHT = 120;
    private static final CssMetaData<LocatorMap, Color> SEA_CSS = CssColours.cssMetaData("-locator-sea", m -> m.sea);
    private static final CssMetaData<LocatorMap, Color> LAND_CSS = CssColours.cssMetaData("-locator-land", m -> m.land);
    private static final CssMetaData<LocatorMap, Color> LAND_EDGE_CSS =
            CssColours.cssMetaData("-locator-land-edge", m -> m.landEdge);
    private static final CssMetaData<LocatorMap, Color> TERRITORY_CSS =
            CssColours.cssMetaData("-locator-territory", m -> m.territory);
    private static final CssMetaData<LocatorMap, Color> TERRITORY_EDGE_CSS =
            CssColours.cssMetaData("-locator-territory-edge", m -> m.territoryEdge);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.addAll(List.of(SEA_CSS, LAND_CSS, LAND_EDGE_CSS, TERRITORY_CSS, TERRITORY_EDGE_CSS));
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final StyleableObjectProperty<Color> sea = CssColours.property(SEA_CSS, this, "sea");
    private final StyleableObjectProperty<Color> land = CssColours.property(LAND_CSS, this, "land");
    private final StyleableObjectProperty<Color> landEdge = CssColours.property(LAND_EDGE_CSS, this, "landEdge");
    private final StyleableObjectProperty<Color> territory = CssColours.property(TERRITORY_CSS, this, "territory");
    private final StyleableObjectProperty<Color> territoryEdge =
            CssColours.property(TERRITORY_EDGE_CSS, this, "territoryEdge");
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Rectangle frame = new Rectangle();
    private final ProjectedAtlas geometry;
    private final List<String> territoryIds;
    private final ObservableDoubleValue scale;
    private MapView whole;
    private MapView shown;
    private boolean paintPending = true;

    /**
     * @param scale    the interface scale, 1 at 100 %
     * @param centreOn called with the world point clicked, to centre the main map there
     */
    LocatorMap(ProjectedAtlas geometry, List<String> territoryIds, ObservableDoubleValue scale,
               BiConsumer<Double, Double> centreOn) {
        this.geometry = geometry;
        this.territoryIds = territoryIds;
        this.scale = scale;
        getStyleClass().add("map-locator");
        setId("map-locator");
        whole = fitting();
        for (StyleableObjectProperty<Color> colour : List.of(sea, land, landEdge, territory, territoryEdge)) {
            colour.addListener((obs, old, now) -> paintLater()); // its own properties
        }
        scale.addListener((obs, old, now) -> { // the map's scale, which the map holds with its locator
            whole = fitting();
            if (shown != null) {
                show(shown);
            }
            requestLayout();
            paintLater();
        });
        frame.getStyleClass().add("map-locator-frame");
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getChildren().addAll(canvas, frame);
        setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY) {
                centreOn.accept(whole.toWorldX(click.getX()), whole.toWorldY(click.getY()));
                click.consume();
            }
        });
        setOnMousePressed(press -> press.consume());
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }

    /** Moves the frame to what {@code view} shows. */
    void show(MapView view) {
        shown = view;
        WorldBox box = view.visibleBox();
        double x = whole.toScreenX(box.minX());
        double y = whole.toScreenY(box.maxY());
        frame.setX(x);
        frame.setY(y);
        frame.setWidth(Math.max(2, whole.toScreenX(box.maxX()) - x));
        frame.setHeight(Math.max(2, whole.toScreenY(box.minY()) - y));
    }

    /** Where the frame is, in this node's pixels, for tests. */
    Rectangle frame() {
        return frame;
    }

    private MapView fitting() {
        return MapView.fitting(geometry.home(), WIDTH * scale.get(), HEIGHT * scale.get(), 4 * scale.get());
    }

    private void paintLater() {
        paintPending = true;
        requestLayout();
    }

    private void paint() {
        paintPending = false;
        double width = WIDTH * scale.get();
        double height = HEIGHT * scale.get();
        canvas.setWidth(width);
        canvas.setHeight(height);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(land.get());
        gc.fillRect(0, 0, width, height);
        gc.setLineWidth(0.6 * scale.get());
        for (ProjectedAtlas.BaseShape base : geometry.base()) {
            switch (base.role()) {
                case "sea", "lake" -> fill(gc, base.shape(), sea.get(), null);
                case "land" -> fill(gc, base.shape(), land.get(), landEdge.get());
                default -> {
                }
            }
        }
        for (String id : territoryIds) {
            ProjectedShape shape = geometry.territoryShape(id);
            if (shape != null) {
                fill(gc, shape, territory.get(), territoryEdge.get());
            }
        }
    }

    private void fill(GraphicsContext gc, ProjectedShape shape, Color fill, Color edge) {
        if (!shape.closed()) {
            return;
        }
        gc.beginPath();
        for (double[] ring : shape.rings()) {
            gc.moveTo(whole.toScreenX(ring[0]), whole.toScreenY(ring[1]));
            for (int i = 2; i < ring.length; i += 2) {
                gc.lineTo(whole.toScreenX(ring[i]), whole.toScreenY(ring[i + 1]));
            }
            gc.closePath();
        }
        gc.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        gc.setFill(fill);
        gc.fill();
        if (edge != null) {
            gc.setStroke(edge);
            gc.stroke();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH * scale.get() + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT * scale.get() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        if (paintPending) {
            paint();
        }
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        frame.setLayoutX(snappedLeftInset());
        frame.setLayoutY(snappedTopInset());
    }
}
