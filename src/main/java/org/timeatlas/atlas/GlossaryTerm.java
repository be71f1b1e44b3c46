package org.timeatlas.atlas;

import java.util.List;
import java.util.Map;

/**
 * A term a reader may not know (JPKF, Roki Tunnel…), with its definition. {@code aliases} holds, per
 * language, other spellings that count as a use of the term in event texts.
 */
public record GlossaryTerm(String id, LocalizedText term, Map<String, List<String>> aliases, LocalizedText definition,
                           List<Source> sources) {

    public GlossaryTerm {
        aliases = Map.copyOf(aliases);
        sources = List.copyOf(sources);
    }

    /** The term and its aliases in {@code language}. */
    public List<String> spellings(String language) {
        List<String> all = new java.util.ArrayList<>();
        if (term.has(language)) {
            all.add(term.get(language));
        }
        all.addAll(aliases.getOrDefault(language, List.of()));
        return all;
    }
}
