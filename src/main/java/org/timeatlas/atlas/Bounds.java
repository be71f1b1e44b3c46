package org.timeatlas.atlas;

/** A lon/lat box in degrees. */
public record Bounds(double west, double south, double east, double north) {
}
