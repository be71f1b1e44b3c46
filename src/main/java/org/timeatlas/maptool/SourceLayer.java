package org.timeatlas.maptool;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** The features of one source GeoJSON FeatureCollection. */
record SourceLayer(String name, List<SourceFeature> features) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> PROPERTIES = new TypeReference<>() { };

    static SourceLayer read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            GeoJsonReader reader = new GeoJsonReader();
            List<SourceFeature> features = new ArrayList<>();
            for (JsonNode feature : root.path("features")) {
                JsonNode geometry = feature.get("geometry");
                if (geometry == null || geometry.isNull()) {
                    continue;
                }
                Map<String, Object> properties = feature.hasNonNull("properties")
                        ? JSON.convertValue(feature.get("properties"), PROPERTIES)
                        : Map.of();
                features.add(new SourceFeature(reader.read(geometry.toString()), properties));
            }
            return new SourceLayer(file.getFileName().toString(), List.copyOf(features));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad geometry in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The single feature whose attribute {@code key} equals {@code value}. */
    SourceFeature one(String key, String value) {
        List<SourceFeature> found = where(key, value);
        if (found.size() != 1) {
            throw new IllegalStateException(name + ": expected one feature with " + key + "=" + value
                    + ", found " + found.size());
        }
        return found.get(0);
    }

    List<SourceFeature> where(String key, String value) {
        return features.stream().filter(f -> Objects.equals(value, f.text(key))).toList();
    }

    /** The geometry of the single feature whose attribute {@code key} equals {@code value}, made valid. */
    Geometry geometry(String key, String value) {
        return Geometries.valid(one(key, value).geometry());
    }
}
