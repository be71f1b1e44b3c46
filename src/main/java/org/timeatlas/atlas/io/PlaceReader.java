package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Place;

/** Reads {@code places.geojson}: labelled points with names in several languages. */
final class PlaceReader {

    static final String FILE = "places.geojson";

    private PlaceReader() {
    }

    static List<Place> read(List<FeatureReader.Feature> features, ReadContext context) {
        List<Place> places = new ArrayList<>();
        for (FeatureReader.Feature feature : features) {
            String id = feature.property("id");
            Double rank = feature.number("rank");
            String kind = feature.property("kind");
            if (id == null || rank == null || kind == null) {
                context.problems().add(feature.location().problem("a place needs properties id, rank and kind"));
                continue;
            }
            if (!(feature.geometry() instanceof Point point)) {
                if (feature.geometry() != null) {
                    context.problems().add(feature.location().problem("place \"" + id + "\" must be a Point"));
                }
                continue;
            }
            Map<String, String> names = new HashMap<>();
            for (String language : List.of("en", "hi", "ka", "ru")) {
                String name = feature.property("name_" + language);
                if (name != null && !name.isBlank()) {
                    names.put(language, name);
                }
            }
            for (String language : context.languages()) {
                if (!names.containsKey(language)) {
                    context.problems().add(feature.location().problem("missing translation: place \"" + id
                            + "\" has no name_" + language));
                }
            }
            if (!names.isEmpty()) {
                places.add(new Place(id, new LocalizedText(names), new GeoPoint(point.getX(), point.getY()),
                        rank.intValue(), kind));
            }
        }
        return places;
    }
}
