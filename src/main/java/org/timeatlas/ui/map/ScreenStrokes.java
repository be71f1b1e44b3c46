package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.Shape;

/**
 * Keeps the outlines of shapes drawn in map metres at a constant width (and dash length) on screen:
 * when the scale changes, every registered stroke is set to its pixel size times the metres per pixel.
 * Widths are set here, not in CSS, because CSS cannot follow the zoom; colours stay in CSS.
 */
final class ScreenStrokes {

    private record Stroke(Shape shape, double pixels, double[] dashPixels) {
    }

    private final List<Stroke> strokes = new ArrayList<>();
    private double metresPerPixel = Double.NaN;

    void add(Shape shape, double pixels, double... dashPixels) {
        Stroke stroke = new Stroke(shape, pixels, dashPixels);
        strokes.add(stroke);
        if (!Double.isNaN(metresPerPixel)) {
            apply(stroke, metresPerPixel);
        }
    }

    void remove(Shape shape) {
        strokes.removeIf(stroke -> stroke.shape() == shape);
    }

    /** Rescales every stroke; returns false (doing nothing) when the scale has not changed. */
    boolean rescale(double newMetresPerPixel) {
        if (newMetresPerPixel == metresPerPixel) {
            return false;
        }
        metresPerPixel = newMetresPerPixel;
        for (Stroke stroke : strokes) {
            apply(stroke, newMetresPerPixel);
        }
        return true;
    }

    private static void apply(Stroke stroke, double metresPerPixel) {
        stroke.shape().setStrokeWidth(stroke.pixels() * metresPerPixel);
        if (stroke.dashPixels().length > 0) {
            List<Double> dashes = new ArrayList<>(stroke.dashPixels().length);
            for (double dash : stroke.dashPixels()) {
                dashes.add(dash * metresPerPixel);
            }
            stroke.shape().getStrokeDashArray().setAll(dashes);
        }
    }
}
