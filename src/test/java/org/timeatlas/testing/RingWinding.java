package org.timeatlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Checks the RFC 7946 right-hand rule on GeoJSON geometry as written, with the shoelace formula. */
public final class RingWinding {

    private RingWinding() {
    }

    /**
     * Twice the signed area of a ring of [lon, lat] positions (shoelace sum): positive when the ring runs
     * counter-clockwise, negative when clockwise.
     */
    public static double shoelace(JsonNode ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            JsonNode a = ring.get(i);
            JsonNode b = ring.get(i + 1);
            sum += a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
        }
        return sum;
    }

    /** Every ring of a Polygon or MultiPolygon that breaks the rule, as "polygon p ring r: sum"; empty when all keep it. */
    public static List<String> violations(JsonNode geometry) {
        List<JsonNode> polygons = new ArrayList<>();
        switch (geometry.get("type").asText()) {
            case "Polygon" -> polygons.add(geometry.get("coordinates"));
            case "MultiPolygon" -> geometry.get("coordinates").forEach(polygons::add);
            default -> throw new IllegalArgumentException("not a polygon: " + geometry.get("type"));
        }
        List<String> wrong = new ArrayList<>();
        for (int p = 0; p < polygons.size(); p++) {
            JsonNode rings = polygons.get(p);
            for (int r = 0; r < rings.size(); r++) {
                double sum = shoelace(rings.get(r));
                boolean exterior = r == 0;
                if (exterior ? sum <= 0 : sum >= 0) {
                    wrong.add("polygon " + p + " ring " + r + (exterior ? " (exterior)" : " (hole)") + ": shoelace " + sum);
                }
            }
        }
        return wrong;
    }
}
