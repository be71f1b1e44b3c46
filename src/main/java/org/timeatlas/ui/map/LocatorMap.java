package org.timeatlas.ui.map;

import java.util.function.BiConsumer;
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

/**
 * A small map of the whole atlas area in greys with a red frame round what the main map shows, so a reader
 * zoomed in on one valley knows where it lies. Drawn once; a change of view only moves the frame. A click
 * centres the main map there.
 */
final class LocatorMap extends Region {

    static final double WIDTH = 180;
    static final double HEIGHT = 120;
    private static final Color SEA = Color.web("#d5dde3");
    private static final Color LAND = Color.web("#f4f4f2");
    private static final Color LAND_EDGE = Color.web("#b4b4b0");
    private static final Color TERRITORY = Color.web("#c9c9c6");
    private static final Color TERRITORY_EDGE = Color.web("#6e6e6a");

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Rectangle frame = new Rectangle();
    private final MapView whole;

    /** @param centreOn called with the world point clicked, to centre the main map there */
    LocatorMap(ProjectedAtlas geometry, java.util.List<String> territoryIds, BiConsumer<Double, Double> centreOn) {
        getStyleClass().add("map-locator");
        setId("map-locator");
        WorldBox home = geometry.home();
        whole = MapView.fitting(home, WIDTH, HEIGHT, 4);
        paint(geometry, territoryIds);
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

    /** Moves the frame to what {@code view} shows. */
    void show(MapView view) {
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

    private void paint(ProjectedAtlas geometry, java.util.List<String> territoryIds) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(LAND);
        gc.fillRect(0, 0, WIDTH, HEIGHT);
        gc.setLineWidth(0.6);
        for (ProjectedAtlas.BaseShape base : geometry.base()) {
            switch (base.role()) {
                case "sea", "lake" -> fill(gc, base.shape(), SEA, null);
                case "land" -> fill(gc, base.shape(), LAND, LAND_EDGE);
                default -> {
                }
            }
        }
        for (String id : territoryIds) {
            ProjectedShape shape = geometry.territoryShape(id);
            if (shape != null) {
                fill(gc, shape, TERRITORY, TERRITORY_EDGE);
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
        return WIDTH + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        frame.setLayoutX(snappedLeftInset());
        frame.setLayoutY(snappedTopInset());
    }
}
