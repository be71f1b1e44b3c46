package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;
import org.timeatlas.testing.TestAtlases;

/** The legend and the "who held it" texts of the embedded Georgia atlas: neutral, current and readable. */
class StatusLegendTest {

    /**
     * Leaders an authority text may name. A text naming two of them describes a succession (as in
     * "Ardzinba; from February 2005 Bagapsh"), which belongs in two spans. Kitovani and Ioseliani
     * led the Military Council together, so that pair counts as one.
     */
    private static final List<String> LEADERS = List.of("Gamsakhurdia", "Kitovani", "Shevardnadze", "Burjanadze",
            "Saakashvili", "Ardzinba", "Bagapsh", "Chibirov", "Kokoity", "Abashidze", "Kvitsiani", "Sanakoyev");

    /** Minimum CIE76 colour difference, under every simulated colour-vision deficiency, for two statuses with one pattern. */
    private static final double DISTINCT_DELTA_E = 25;

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    @Test
    void theBreakawayAuthoritiesAreCalledDeFactoAuthoritiesNotSeparatists() {
        Status separatist = atlas.statusesById().get("separatist");
        assertEquals("De facto authorities", separatist.label().get("en"));
        for (Status status : atlas.statuses()) {
            assertFalse(status.label().get("en").toLowerCase(Locale.ROOT).contains("(separatist)"), status.id());
        }
        for (Territory territory : atlas.territories()) {
            for (StatusSpan span : territory.history()) {
                String en = span.authority().get("en").toLowerCase(Locale.ROOT);
                assertFalse(en.contains("separatist") || en.contains("self-proclaimed"), territory.id() + " " + span.from());
                String hi = span.authority().get("hi");
                assertFalse(hi.contains("अलगाववादी") || hi.contains("स्वघोषित"), territory.id() + " " + span.from());
            }
        }
    }

    @Test
    void theAutonomyLegendNoLongerClaimsTheRegionWasOutsideTbilisisControl() {
        Status autonomy = atlas.statusesById().get("autonomy");
        assertFalse(autonomy.label().get("en").contains("outside Tbilisi"), autonomy.label().get("en"));
        assertFalse(autonomy.description().get("en").contains("Adjara"), "Adjara has a status of its own");
    }

    @Test
    void everyStatusInUseHasALegendEntryInBothLanguages() {
        Map<String, Status> statuses = atlas.statusesById();
        for (Territory territory : atlas.territories()) {
            for (StatusSpan span : territory.history()) {
                Status status = statuses.get(span.statusId());
                assertTrue(status != null, territory.id() + " uses " + span.statusId());
                assertEquals(territory.kind() == TerritoryKind.OVERLAY, status.overlay(), territory.id() + " " + status.id());
            }
        }
        for (Status status : atlas.statuses()) {
            for (LocalizedText text : List.of(status.label(), status.description())) {
                assertTrue(text.has("en") && text.has("hi"), status.id());
                assertTrue(text.get("hi").codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F), status.id());
            }
        }
    }

    @Test
    void statusesAColourBlindViewerCouldConfuseDifferInPattern() {
        List<Status> fills = atlas.statuses().stream().filter(s -> !s.overlay()).toList();
        List<String> confusable = new ArrayList<>();
        for (int i = 0; i < fills.size(); i++) {
            for (int j = i + 1; j < fills.size(); j++) {
                Status a = fills.get(i);
                Status b = fills.get(j);
                double closest = org.timeatlas.atlas.io.ColourVision.closest(a.colour(), b.colour()).difference();
                if (a.pattern() == b.pattern() && closest < DISTINCT_DELTA_E) {
                    confusable.add(a.id() + "/" + b.id() + " (ΔE " + Math.round(closest) + ", both " + a.pattern() + ")");
                }
            }
        }
        assertEquals(List.of(), confusable);
    }

    @Test
    void authorityTextsHaveNoBracketsBecauseTheDayCardPutsThemInBrackets() {
        for (Territory territory : atlas.territories()) {
            for (StatusSpan span : territory.history()) {
                for (String language : List.of("en", "hi")) {
                    String text = span.authority().get(language);
                    assertFalse(text.contains("(") || text.contains(")"), territory.id() + " " + span.from() + ": " + text);
                }
            }
        }
    }

    @Test
    void anAuthorityTextNamesOnlyTheLeaderOfItsOwnSpan() {
        for (Territory territory : atlas.territories()) {
            for (StatusSpan span : territory.history()) {
                String text = span.authority().get("en");
                List<String> named = LEADERS.stream().filter(text::contains).toList();
                assertTrue(named.size() <= 1, territory.id() + " " + span.from() + " names " + named + ": " + text);
                assertFalse(text.matches(".*; from .*"), territory.id() + " " + span.from() + ": " + text);
            }
        }
    }

    @Test
    void georgiaEndedTheMoscowAgreementOnOneDateEverywhere() {
        LocalDate declared = atlas.event("2008-08-30-moscow-agreement-void").orElseThrow().start().toLocalDate();
        for (String overlay : List.of("cis-security-zone", "cis-restricted-weapons-zone")) {
            List<StatusSpan> history = atlas.territory(overlay).orElseThrow().history();
            assertEquals(declared, history.get(history.size() - 1).to().toLocalDate(), overlay);
        }
        List<String> texts = new ArrayList<>();
        atlas.territories().forEach(t -> t.history().forEach(s -> {
            if (s.note() != null) {
                texts.add(s.note().get("en"));
            }
        }));
        atlas.events().forEach(e -> texts.add(e.summary().get("en")));
        atlas.glossary().stream().map(GlossaryTerm::definition).forEach(d -> texts.add(d.get("en")));
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("moscow agreement") && lower.contains("void")) {
                assertTrue(text.contains("30 August"), text);
            }
        }
    }

    @Test
    void theStatusesTheReviewAskedForExist() {
        assertTrue(atlas.statusesById().keySet().containsAll(Set.of("regional-regime", "russian-checkpoints")));
        Event moscow = atlas.event("2008-08-30-moscow-agreement-void").orElseThrow();
        assertEquals(LocalDate.of(2008, 8, 30), moscow.start().toLocalDate());
    }
}
