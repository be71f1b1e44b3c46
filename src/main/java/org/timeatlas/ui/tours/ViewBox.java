package org.timeatlas.ui.tours;

import org.timeatlas.atlas.Bounds;
import org.timeatlas.geo.MapProjection;
import org.timeatlas.ui.ViewRequest;

/**
 * The lon/lat box a map shows: from the view the map reports (its centre and scale) and its size on the screen,
 * through the atlas's projection. The box holds every corner and edge midpoint of the screen, rounded outward to
 * 1/10,000 of a degree, so fitting it again shows at least what was on the screen.
 */
final class ViewBox {

    private static final double ROUNDING = 10_000;

    private ViewBox() {
    }

    /**
     * @param shown  the map's view: centre in lon/lat degrees and scale in projected metres per pixel
     * @param width  the map's width in pixels
     * @param height the map's height in pixels
     */
    static Bounds of(ViewRequest shown, double width, double height, MapProjection projection) {
        double[] centre = projection.project(shown.lon(), shown.lat());
        double halfWidth = width / 2 * shown.metresPerPixel();
        double halfHeight = height / 2 * shown.metresPerPixel();
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                double[] lonLat = projection.unproject(centre[0] + i * halfWidth, centre[1] + j * halfHeight);
                west = Math.min(west, lonLat[0]);
                east = Math.max(east, lonLat[0]);
                south = Math.min(south, lonLat[1]);
                north = Math.max(north, lonLat[1]);
            }
        }
        return new Bounds(Math.max(-180, Math.floor(west * ROUNDING) / ROUNDING),
                Math.max(-90, Math.floor(south * ROUNDING) / ROUNDING),
                Math.min(180, Math.ceil(east * ROUNDING) / ROUNDING),
                Math.min(90, Math.ceil(north * ROUNDING) / ROUNDING));
    }

    /** Whether the point lies in the box (a box across the 180° meridian has west &gt; east). */
    static boolean contains(Bounds box, double lon, double lat) {
        return lat >= box.south() && lat <= box.north() && (box.crossesAntimeridian()
                ? lon >= box.west() || lon <= box.east() : lon >= box.west() && lon <= box.east());
    }

    /** Whether a lon/lat envelope (west, south, east, north, not across 180°) shares a point with the box. */
    static boolean overlaps(Bounds box, double west, double south, double east, double north) {
        if (north < box.south() || south > box.north()) {
            return false;
        }
        return box.crossesAntimeridian() ? east >= box.west() || west <= box.east()
                : east >= box.west() && west <= box.east();
    }
}
