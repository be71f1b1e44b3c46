package org.timeatlas.atlas;

/** A WGS84 position in degrees. */
public record GeoPoint(double lon, double lat) {
}
