package org.timeatlas.ui.map;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.timeatlas.atlas.Pattern;

/**
 * Draws one seamless, anti-aliased tile of a status pattern (hatch, crosshatch, dots) over a background,
 * pixel by pixel so it needs no scene and no snapshot.
 */
final class PatternTile {

    /** Tile edge in pixels; also the spacing of hatch lines and dots. */
    static final int SIZE = 10;
    private static final double LINE_HALF_WIDTH = 0.85;
    private static final double DOT_RADIUS = 1.7;

    private PatternTile() {
    }

    static WritableImage draw(Pattern pattern, Color background, Color ink) {
        WritableImage image = new WritableImage(SIZE, SIZE);
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double coverage = coverage(pattern, x + 0.5, y + 0.5);
                writer.setColor(x, y, blend(background, ink, coverage));
            }
        }
        return image;
    }

    private static double coverage(Pattern pattern, double x, double y) {
        return switch (pattern) {
            case NONE -> 0;
            case HATCH -> line(x + y);
            case CROSSHATCH -> Math.max(line(x + y), line(x - y));
            case DOTS -> {
                double dx = x - SIZE / 2.0;
                double dy = y - SIZE / 2.0;
                yield clamp(DOT_RADIUS + 0.5 - Math.sqrt(dx * dx + dy * dy));
            }
        };
    }

    /** Coverage of a family of 45° lines {@code u = k·SIZE}, where u is x+y or x−y. */
    private static double line(double u) {
        double phase = Math.floorMod((long) Math.floor(u * 1000), SIZE * 1000L) / 1000.0;
        double distance = Math.min(phase, SIZE - phase) / Math.sqrt(2);
        return clamp(LINE_HALF_WIDTH + 0.5 - distance);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** {@code ink} painted with {@code coverage} over {@code background}, alpha included. */
    private static Color blend(Color background, Color ink, double coverage) {
        double inkAlpha = ink.getOpacity() * coverage;
        double alpha = inkAlpha + background.getOpacity() * (1 - inkAlpha);
        if (alpha <= 0) {
            return Color.TRANSPARENT;
        }
        double backgroundShare = background.getOpacity() * (1 - inkAlpha);
        return new Color(
                (ink.getRed() * inkAlpha + background.getRed() * backgroundShare) / alpha,
                (ink.getGreen() * inkAlpha + background.getGreen() * backgroundShare) / alpha,
                (ink.getBlue() * inkAlpha + background.getBlue() * backgroundShare) / alpha,
                Math.min(1, alpha));
    }
}
