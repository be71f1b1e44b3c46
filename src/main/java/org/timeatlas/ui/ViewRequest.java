package org.timeatlas.ui;

import org.timeatlas.atlas.Bounds;

/**
 * A request to move the map, made through the explorer state by whoever wants it (a map view, a place chosen
 * in the gazetteer, a tour step) so that none of them holds the map: either a lon/lat box to fit, or a point to
 * centre at a scale.
 *
 * @param box            the lon/lat box to show whole, or null
 * @param lon            longitude of the centre in degrees (when {@code box} is null)
 * @param lat            latitude of the centre in degrees (when {@code box} is null)
 * @param metresPerPixel the scale at the centre, in projected metres per screen pixel
 */
public record ViewRequest(Bounds box, double lon, double lat, double metresPerPixel) {

    /** How close a place is shown: villages' names (rank 4–5) have room at this scale. */
    public static final double PLACE_METRES_PER_PIXEL = 120;

    public static ViewRequest box(Bounds box) {
        return new ViewRequest(box, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The map centred on a lon/lat point at a scale, as it was shown (to show it so again). */
    public static ViewRequest at(double lon, double lat, double metresPerPixel) {
        return new ViewRequest(null, lon, lat, metresPerPixel);
    }

    public static ViewRequest place(double lon, double lat) {
        return new ViewRequest(null, lon, lat, PLACE_METRES_PER_PIXEL);
    }
}
