package org.timeatlas.atlas;

/**
 * A lon/lat box in degrees. As in RFC 7946 §5.2, a box whose {@code west} is greater than its {@code east}
 * crosses the 180° meridian: {@code west 177, east -178} is the 5° around Fiji, not the 355° the other way.
 */
public record Bounds(double west, double south, double east, double north) {

    /** Whether the box crosses the 180° meridian (west &gt; east). */
    public boolean crossesAntimeridian() {
        return west > east;
    }

    /** The box's width in degrees of longitude, counted eastward from {@code west} (0 to 360). */
    public double lonWidth() {
        return crossesAntimeridian() ? east + 360 - west : east - west;
    }

    /** The longitude at {@code fraction} (0–1) of the way east from west to east, in −180…180. */
    public double lonAt(double fraction) {
        return normalizeLon(west + fraction * lonWidth());
    }

    /** {@code lon} brought into −180…180 (180 itself is kept). */
    public static double normalizeLon(double lon) {
        if (lon >= -180 && lon <= 180) {
            return lon;
        }
        double wrapped = lon - 360 * Math.floor((lon + 180) / 360);
        return wrapped == -180 && lon > 0 ? 180 : wrapped;
    }
}
