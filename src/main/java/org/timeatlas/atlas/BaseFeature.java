package org.timeatlas.atlas;

import org.locationtech.jts.geom.Geometry;

/** One background shape (sea, a neighbouring country, a river…) with an optional name (may be null). */
public record BaseFeature(String role, Geometry geometry, LocalizedText name) {
}
