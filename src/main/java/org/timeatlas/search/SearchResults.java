package org.timeatlas.search;

import java.util.List;
import java.util.Map;

/**
 * What one query found, by group in {@link SearchGroup} order: the best hits of each group (at most the limit
 * asked for), best first, and how many each group found in all.
 */
public record SearchResults(String query, Map<SearchGroup, List<SearchHit>> hits, Map<SearchGroup, Integer> totals) {

    public SearchResults {
        hits = Map.copyOf(hits);
        totals = Map.copyOf(totals);
    }

    /** The hits of {@code group}, best first (empty when it found none). */
    public List<SearchHit> of(SearchGroup group) {
        return hits.getOrDefault(group, List.of());
    }

    public int total(SearchGroup group) {
        return totals.getOrDefault(group, 0);
    }

    public boolean isEmpty() {
        return totals.values().stream().allMatch(count -> count == 0);
    }
}
