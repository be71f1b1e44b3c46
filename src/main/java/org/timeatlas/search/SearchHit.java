package org.timeatlas.search;

/**
 * A found entry.
 *
 * @param entry   what was found
 * @param score   how well it matched; higher is better (exact words of a name count most)
 * @param matched the field that matched best: a result shows it when it is not the title (say, the Russian name
 *                of a place found by it)
 */
public record SearchHit(SearchEntry entry, double score, SearchField matched) {
}
