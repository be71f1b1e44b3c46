package org.timeatlas.maptool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** The outlines drawn by hand where no source has one ({@code maptool/approximate-outlines.geojson}). */
final class HandDrawnOutlines {

    private static final String RESOURCE = "/maptool/approximate-outlines.geojson";

    private final Map<String, Geometry> byId;

    private HandDrawnOutlines(Map<String, Geometry> byId) {
        this.byId = byId;
    }

    static HandDrawnOutlines load() {
        try (InputStream in = HandDrawnOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            GeoJsonReader reader = new GeoJsonReader();
            Map<String, Geometry> byId = new LinkedHashMap<>();
            for (JsonNode feature : root.path("features")) {
                byId.put(feature.path("properties").path("id").asText(),
                        Geometries.valid(reader.read(feature.get("geometry").toString())));
            }
            return new HandDrawnOutlines(byId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("bad geometry in " + RESOURCE, e);
        }
    }

    Geometry get(String id) {
        Geometry g = byId.get(id);
        if (g == null) {
            throw new IllegalStateException(RESOURCE + " has no outline '" + id + "'");
        }
        return g;
    }
}
