package org.timeatlas.maptool;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** One feature of a source GeoJSON file: its geometry and its attribute values. */
record SourceFeature(Geometry geometry, Map<String, Object> properties) {

    /** The attribute as text, or {@code null} when it is absent or JSON null. */
    String text(String key) {
        Object value = properties.get(key);
        return value == null ? null : value.toString();
    }
}
