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
    /** Overlays' rings: hollow, unlike the statuses' dots. */
    private static final double RING_RADIUS = 2.8;

    private PatternTile() {
    }

    static WritableImage draw(Pattern pattern, Color background, Color ink) {
        return draw(pattern, background, ink, false);
    }

    /**
     * The tile of an overlay (a zone drawn over the statuses) with {@code pattern}: the same family of marks turned
     * so it is never mistaken for a status pattern — upright lines for a hatch, a square grid for a crosshatch,
     * rings for dots — where statuses have 45° lines and filled dots.
     */
    static WritableImage drawOverlay(Pattern pattern, Color ink) {
        return draw(pattern, Color.TRANSPARENT, ink, true);
    }

    private static WritableImage draw(Pattern pattern, Color background, Color ink, boolean overlay) {
        WritableImage image = new WritableImage(SIZE, SIZE);
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double coverage = overlay ? overlayCoverage(pattern, x + 0.5, y + 0.5)
                        : coverage(pattern, x + 0.5, y + 0.5);
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

    private static double overlayCoverage(Pattern pattern, double x, double y) {
        return switch (pattern) {
            case NONE -> 0;
            case HATCH -> upright(x);
            case CROSSHATCH -> Math.max(upright(x), upright(y));
            case DOTS -> {
                double dx = x - SIZE / 2.0;
                double dy = y - SIZE / 2.0;
                yield clamp(LINE_HALF_WIDTH + 0.5 - Math.abs(Math.sqrt(dx * dx + dy * dy) - RING_RADIUS));
            }
        };
    }

    /** Coverage of a family of lines {@code u = k·SIZE + SIZE / 2}, upright for u = x, level for u = y. */
    private static double upright(double u) {
        double distance = Math.abs(Math.floorMod((long) Math.floor(u * 1000), SIZE * 1000L) / 1000.0 - SIZE / 2.0);
        return clamp(LINE_HALF_WIDTH + 0.5 - distance);
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
