package org.timeatlas.maptool;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** A feature to write: lon/lat geometry and its properties, in the order they are to be written. */
record OutFeature(Geometry geometry, Map<String, Object> properties) {

    /** Properties from alternating keys and values; {@code null} values are left out when written. */
    static Map<String, Object> properties(Object... keysAndValues) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }
}
