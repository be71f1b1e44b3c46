package org.timeatlas.atlas.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Place;

/** Reads {@code places.geojson}: labelled points with names in several languages. */
final class PlaceReader {

    static final String FILE = "places.geojson";
    static final List<String> KINDS = List.of("capital", "town", "village", "region", "site");
    private static final List<String> NAME_LANGUAGES = List.of("en", "hi", "ka", "ru");

    private PlaceReader() {
    }

    static List<Place> read(List<FeatureReader.Feature> features, ReadContext context) {
        List<Place> places = new java.util.ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FeatureReader.Feature feature : features) {
            Fields properties = feature.fields("place", context);
            String id = properties.id("id");
            Integer rank = properties.integer("rank", 1, 1000);
            String kind = properties.string("kind");
            if (kind != null && !KINDS.contains(kind)) {
                properties.problemAt(properties.raw("kind"), "\"kind\" must be one of " + String.join(", ", KINDS)
                        + ", found \"" + kind + "\"");
                kind = null;
            }
            Map<String, String> names = new HashMap<>();
            for (String language : NAME_LANGUAGES) {
                String name = properties.optionalString("name_" + language);
                if (name != null) {
                    names.put(language, name);
                }
            }
            for (String language : context.languages()) {
                if (!names.containsKey(language) && !properties.has("name_" + language)) {
                    context.problems().add(feature.location().problem("missing translation: place \"" + id
                            + "\" has no name_" + language));
                }
            }
            if (!(feature.geometry() instanceof Point point)) {
                if (feature.geometry() != null) {
                    context.problems().add(feature.location().problem("place \"" + id + "\" must be a Point"));
                }
                continue;
            }
            if (!context.projects(point, feature.location(), "place \"" + id + "\"")) {
                continue;
            }
            if (context.unique(properties, id, ids, "place") && rank != null && kind != null && !names.isEmpty()) {
                places.add(new Place(id, new LocalizedText(names), new GeoPoint(point.getX(), point.getY()), rank, kind));
            }
        }
        return places;
    }
}
