package org.timeatlas.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import org.timeatlas.atlas.Pattern;
import org.timeatlas.atlas.Status;

/**
 * The paint of every status: its colour with its pattern drawn over it, or, for an overlay, the pattern
 * alone in the status colour on a transparent ground, in a form no status pattern has (see
 * {@link PatternTile#drawOverlay}). Tiles are drawn once; the paints for shapes drawn in
 * map metres are re-anchored when the scale changes so a pattern keeps its on-screen size at every zoom.
 * The status colours come from the atlas; the ink that darkens them under the pattern lines is the theme's
 * ({@code -map-pattern-ink}), strong enough to see and light enough to read.
 */
final class StatusPaints {

    /** An overlay without a pattern is a light wash of its colour, so what lies under it stays visible. */
    private static final double PLAIN_OVERLAY_OPACITY = 0.25;

    private final List<Status> statuses;
    private final double anchorX;
    private final double anchorY;
    private double metresPerPixel = 1;
    private final Map<String, Image> tiles = new HashMap<>();
    private final Map<String, Paint> plain = new HashMap<>();
    private final Map<String, Paint> inMapUnits = new HashMap<>();

    /**
     * @param anchorX left and {@code anchorY} top of the area shapes are drawn in (map metres, y down): the
     *                pattern tiling starts there, since tiling across negative coordinates shows a seam
     * @param patternInk what darkens a status colour under its pattern lines
     */
    StatusPaints(List<Status> statuses, double anchorX, double anchorY, Color patternInk) {
        this.statuses = statuses;
        this.anchorX = anchorX;
        this.anchorY = anchorY;
        setPatternInk(patternInk);
    }

    /** Draws every tile again with {@code patternInk}; shapes take the new paints when filled again. */
    void setPatternInk(Color patternInk) {
        plain.clear();
        tiles.clear();
        for (Status status : statuses) {
            Color colour = Color.web(status.colour());
            if (status.pattern() == Pattern.NONE) {
                plain.put(status.id(), status.overlay() ? colour.deriveColor(0, 1, 1, PLAIN_OVERLAY_OPACITY) : colour);
            } else if (status.overlay()) {
                tiles.put(status.id(), PatternTile.drawOverlay(status.pattern(), colour));
            } else {
                tiles.put(status.id(), PatternTile.draw(status.pattern(), colour, patternInk));
            }
        }
        rescale(metresPerPixel);
    }

    /** Re-anchors the patterned paints for shapes drawn in metres at {@code metresPerPixel}. */
    void rescale(double newMetresPerPixel) {
        metresPerPixel = newMetresPerPixel;
        double tile = PatternTile.SIZE * metresPerPixel;
        tiles.forEach((id, image) -> inMapUnits.put(id, new ImagePattern(image, anchorX, anchorY, tile, tile, false)));
    }

    /** The fill for a shape drawn in map metres at the last {@link #rescale} scale. */
    Paint inMapUnits(String statusId) {
        Paint paint = plain.get(statusId);
        return paint != null ? paint : inMapUnits.getOrDefault(statusId, Color.TRANSPARENT);
    }

    /** The fill for a shape drawn in screen pixels (legend swatches). */
    Paint onScreen(String statusId) {
        Paint paint = plain.get(statusId);
        if (paint != null) {
            return paint;
        }
        Image tile = tiles.get(statusId);
        return tile == null ? Color.TRANSPARENT : new ImagePattern(tile, 0, 0, PatternTile.SIZE, PatternTile.SIZE, false);
    }
}
