package org.timeatlas.ui.search;

import org.timeatlas.search.SearchGroup;
import org.timeatlas.search.SearchHit;

/**
 * One row of the results: a group's heading (with how many it found) or a hit under it.
 *
 * @param group the group the row belongs to
 * @param total for a heading, how many the group found in all
 * @param hit   the hit, or null for a heading
 */
record SearchRow(SearchGroup group, int total, SearchHit hit) {

    static SearchRow heading(SearchGroup group, int total) {
        return new SearchRow(group, total, null);
    }

    static SearchRow of(SearchHit hit) {
        return new SearchRow(hit.entry().group(), 0, hit);
    }

    boolean isHeading() {
        return hit == null;
    }
}
