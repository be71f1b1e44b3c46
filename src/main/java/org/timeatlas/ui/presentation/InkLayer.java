package org.timeatlas.ui.presentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.shape.Polyline;
import org.timeatlas.ui.feature.MapLayer;

/**
 * The pen's ink, on the map: each stroke is kept as lon/lat points (WGS 84 degrees), so it follows the map when it
 * pans, zooms or glides to the next step's view. Ink belongs to the page it was drawn on (a tour step, or the moment
 * shown): it goes when the page changes and comes back with it, until it is erased. The stroke's width is in
 * pixels of the screen, the same at every scale.
 */
final class InkLayer extends MapLayer {

    /** The pen's width, in em of the root font (which grows while presenting). */
    private static final double PEN_WIDTH_EM = 0.3;

    /** A stroke: its points in lon/lat, x = longitude, y = latitude, and the line that draws them now. */
    private record Stroke(List<Point2D> lonLat, Polyline line) { }

    private final Map<String, List<Stroke>> ink = new HashMap<>();
    private final ObservableValue<String> page;
    private final DoubleSupplier rootFontSize;
    private Stroke drawing;
    private final javafx.util.Subscription following;

    /**
     * @param page         the key of the page shown now (a tour step, or the moment)
     * @param rootFontSize the root font size now, in pixels, that the pen's width follows
     */
    InkLayer(ObservableValue<String> page, DoubleSupplier rootFontSize) {
        this.page = page;
        this.rootFontSize = rootFontSize;
        setId("presentation-ink");
        getStylesheets().add(InkLayer.class.getResource(PresentationFeature.STYLE_SHEET).toExternalForm());
        setMouseTransparent(true);
        following = page.subscribe(this::showPage);
    }

    /** Ends its listener on the page; the ink is forgotten with the feature. */
    @Override
    public void dispose() {
        super.dispose();
        following.unsubscribe();
    }

    /** Starts a stroke at the scene point ({@code sceneX}, {@code sceneY}); nothing before the layer is on a map. */
    void begin(double sceneX, double sceneY) {
        if (!isAttached()) {
            return;
        }
        Polyline line = new Polyline();
        line.getStyleClass().add("presentation-ink");
        line.setStrokeWidth(PEN_WIDTH_EM * rootFontSize.getAsDouble());
        line.setMouseTransparent(true);
        drawing = new Stroke(new ArrayList<>(), line);
        ink.computeIfAbsent(page.getValue(), key -> new ArrayList<>()).add(drawing);
        getChildren().add(line);
        extend(sceneX, sceneY);
    }

    /** Adds the scene point ({@code sceneX}, {@code sceneY}) to the stroke being drawn, if one is. */
    void extend(double sceneX, double sceneY) {
        if (drawing == null || !isAttached()) {
            return;
        }
        Point2D local = sceneToLocal(sceneX, sceneY);
        Point2D lonLat = projection().toLonLat(local.getX(), local.getY());
        drawing.lonLat().add(lonLat);
        drawing.line().getPoints().addAll(local.getX(), local.getY());
    }

    /** Ends the stroke being drawn. */
    void end() {
        drawing = null;
    }

    /** Erases the ink of the page shown. */
    void erase() {
        ink.remove(page.getValue());
        drawing = null;
        showPage(page.getValue());
    }

    /** How many strokes the page shown has. */
    int strokes() {
        return ink.getOrDefault(page.getValue(), List.of()).size();
    }

    private void showPage(String key) {
        drawing = null;
        getChildren().setAll(ink.getOrDefault(key, List.of()).stream().map(Stroke::line).toList());
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        for (Stroke stroke : ink.getOrDefault(page.getValue(), List.of())) {
            List<Double> points = new ArrayList<>(stroke.lonLat().size() * 2);
            for (Point2D lonLat : stroke.lonLat()) {
                Point2D at = projection().toLayer(lonLat.getX(), lonLat.getY());
                points.add(at.getX());
                points.add(at.getY());
            }
            stroke.line().getPoints().setAll(points);
        }
    }
}
