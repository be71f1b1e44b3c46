package org.timeatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Place;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.Tour;

/**
 * What search reads of an atlas: events (titles as names; summaries and claimants as body), places and
 * territories by every name they have (English, Hindi, Georgian, Russian), glossary terms with their aliases
 * (definitions as body) and tours (descriptions as body). Events keep the atlas's order (by start).
 */
final class AtlasEntries {

    private AtlasEntries() {
    }

    static List<SearchEntry> of(Atlas atlas) {
        List<SearchEntry> entries = new ArrayList<>();
        for (Event event : atlas.events()) {
            List<SearchField> fields = new ArrayList<>(texts(event.title(), true));
            fields.addAll(texts(event.summary(), false));
            if (event.claimant() != null) {
                fields.addAll(texts(event.claimant(), false));
            }
            entries.add(new SearchEntry(SearchGroup.EVENTS, event.id(), event.title(), fields,
                    event.importance() / 10.0));
        }
        for (Place place : atlas.places()) {
            entries.add(new SearchEntry(SearchGroup.PLACES, place.id(), place.name(), texts(place.name(), true),
                    Math.max(0, 7 - place.rank()) / 10.0));
        }
        for (Territory territory : atlas.territories()) {
            entries.add(new SearchEntry(SearchGroup.TERRITORIES, territory.id(), territory.name(),
                    texts(territory.name(), true), 0));
        }
        for (GlossaryTerm term : atlas.glossary()) {
            List<SearchField> fields = new ArrayList<>(texts(term.term(), true));
            term.aliases().forEach((language, aliases) ->
                    aliases.forEach(alias -> fields.add(new SearchField(alias, language, true))));
            fields.addAll(texts(term.definition(), false));
            entries.add(new SearchEntry(SearchGroup.TERMS, term.id(), term.term(), fields, 0));
        }
        for (Tour tour : atlas.tours()) {
            List<SearchField> fields = new ArrayList<>(texts(tour.title(), true));
            fields.addAll(texts(tour.description(), false));
            entries.add(new SearchEntry(SearchGroup.TOURS, tour.id(), tour.title(), fields, 0));
        }
        return entries;
    }

    private static List<SearchField> texts(LocalizedText text, boolean name) {
        List<SearchField> fields = new ArrayList<>();
        for (Map.Entry<String, String> version : text.byLanguage().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            if (version.getValue() != null && !version.getValue().isBlank()) {
                fields.add(new SearchField(version.getValue(), version.getKey(), name));
            }
        }
        return fields;
    }
}
