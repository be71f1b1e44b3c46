package org.timeatlas.atlas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which glossary terms a text uses, and which terms a reader's search finds, in one language. A term is
 * used where its term or one of its aliases stands as whole words (any case); where spellings of two terms
 * overlap ("CIS" inside "CIS peacekeeping force") only the longer one counts.
 */
public final class GlossaryIndex {

    private final List<GlossaryTerm> terms;

    public GlossaryIndex(List<GlossaryTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    public List<GlossaryTerm> terms() {
        return terms;
    }

    /** The terms an event's title or summary uses, in the order they first appear. */
    public List<GlossaryTerm> termsIn(Event event, String language) {
        return termsIn(event.title().get(language) + "\n" + event.summary().get(language), language);
    }

    /** The terms {@code text} uses, in the order they first appear. */
    public List<GlossaryTerm> termsIn(String text, String language) {
        List<Match> matches = new ArrayList<>();
        for (GlossaryTerm term : terms) {
            for (String spelling : term.spellings(language)) {
                for (int at = WholeWords.indexOf(text, spelling, 0); at >= 0;
                     at = WholeWords.indexOf(text, spelling, at + 1)) {
                    matches.add(new Match(term, at, at + spelling.length()));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        Set<GlossaryTerm> used = new LinkedHashSet<>();
        int coveredTo = -1;
        for (Match match : matches) {
            if (match.start() >= coveredTo) {
                used.add(match.term());
                coveredTo = match.end();
            }
        }
        return List.copyOf(used);
    }

    /**
     * The terms whose term, aliases or definition in {@code language} contain {@code query} (any case); all
     * terms, sorted by their name in that language, when the query is blank.
     */
    public List<GlossaryTerm> search(String query, String language) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return terms.stream()
                .filter(term -> wanted.isEmpty() || searchableText(term, language).contains(wanted))
                .sorted(Comparator.comparing((GlossaryTerm term) -> sortKey(term.term().get(language))))
                .toList();
    }

    private static String searchableText(GlossaryTerm term, String language) {
        return (String.join("\n", term.spellings(language)) + "\n" + term.term().get("en") + "\n"
                + term.definition().get(language)).toLowerCase(Locale.ROOT);
    }

    /** Quotation marks do not count when sorting ("peace enforcement" sorts under p). */
    private static String sortKey(String name) {
        return name.replaceAll("^[\\p{Pi}\\p{Pf}\"']+", "").toLowerCase(Locale.ROOT);
    }

    private record Match(GlossaryTerm term, int start, int end) {
    }
}
