package org.timeatlas.atlas;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds places by any of their names (English, Hindi, Georgian, Russian), most important first. */
public final class PlaceIndex {

    private final List<Place> places;

    public PlaceIndex(List<Place> places) {
        this.places = places.stream()
                .sorted(Comparator.comparingInt(Place::rank).thenComparing(p -> p.name().get("en")))
                .toList();
    }

    /** The places one of whose names contains {@code query} (any case); all of them when it is blank. */
    public List<Place> search(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return places;
        }
        return places.stream()
                .filter(place -> place.name().byLanguage().values().stream()
                        .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(wanted)))
                .toList();
    }
}
