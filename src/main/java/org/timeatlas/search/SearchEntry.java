package org.timeatlas.search;

import java.util.List;
import org.timeatlas.atlas.LocalizedText;

/**
 * One thing search can find: an event, a place, a territory, a glossary term or a tour.
 *
 * @param group  its kind
 * @param id     its id in the atlas
 * @param title  what a result shows, per language
 * @param fields every text it is found by
 * @param boost  a small addition to its score that breaks ties (an event's importance, a place's rank), 0–1
 */
public record SearchEntry(SearchGroup group, String id, LocalizedText title, List<SearchField> fields, double boost) {

    public SearchEntry {
        fields = List.copyOf(fields);
    }
}
