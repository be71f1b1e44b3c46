package org.timeatlas.output.handout;

import java.time.LocalDateTime;
import java.util.List;
import org.timeatlas.atlas.Status;

/**
 * What a handout says, in one language, ready to lay out: the title block, the moment the map shows, the items
 * (events around the moment, or a tour's steps) with numbered sources, the territories' status at the moment,
 * the glossary terms the items use, and the atlas credits. Built by {@link HandoutContent}; written by
 * {@link HandoutWriter}.
 *
 * @param language     "en" or "hi"
 * @param moment       the moment of the map and the territories' status
 * @param title        the atlas title
 * @param subtitle     the moment in words, or the tour's title
 * @param itemsHeading the heading over the items
 * @param items        in the order shown; never empty (an explanatory item stands in for none)
 * @param sources      the cited works, item numbers refer to them (1-based, {@code sources.get(n - 1)})
 * @param territories  every territory with its status at {@code moment}
 * @param legend       the statuses the map shows at {@code moment}, in the atlas's order
 * @param terms        glossary terms the items use, in first-use order
 * @param credits      one line per credit of the atlas
 */
public record Handout(String language, LocalDateTime moment, String title, String subtitle, String itemsHeading,
                      List<Item> items, List<String> sources, List<TerritoryLine> territories, List<Status> legend,
                      List<Term> terms, List<String> credits) {

    public Handout {
        items = List.copyOf(items);
        sources = List.copyOf(sources);
        territories = List.copyOf(territories);
        legend = List.copyOf(legend);
        terms = List.copyOf(terms);
        credits = List.copyOf(credits);
    }

    /**
     * One event or tour step.
     *
     * @param when        its date at its certainty ("8 August 2008, 00:45", "about 1 May 2008")
     * @param title       the event's title, or the step's number and title line
     * @param text        the summary or the caption
     * @param attribution "Fact", or "Claim by …" naming the claimant; empty for a tour step's caption
     * @param finding     an independent body's finding on a claim, or null
     * @param sources     numbers into {@link Handout#sources()}
     */
    public record Item(String when, String title, String text, String attribution, String finding,
                       List<Integer> sources) {
        public Item {
            sources = List.copyOf(sources);
        }
    }

    /** A territory's name, its status label and who controlled it, at the handout's moment. */
    public record TerritoryLine(String name, String status, String authority) {
    }

    /** A glossary term and its definition. */
    public record Term(String term, String definition) {
    }
}
