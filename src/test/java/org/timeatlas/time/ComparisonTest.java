package org.timeatlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.Lens;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.Comparison.Change;

/** {@link Comparison} over the embedded Georgia atlas: the day before the war against the day after the ceasefire. */
class ComparisonTest {

    private static final LocalDateTime BEFORE_WAR = LocalDateTime.of(2008, 8, 6, 0, 0);
    private static final LocalDateTime AFTER_CEASEFIRE = LocalDateTime.of(2008, 8, 13, 0, 0);
    private static Atlas atlas;
    private static StateIndex index;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
        index = new StateIndex(atlas);
    }

    @Test
    void theWarWeekChangesSouthOssetiaUpperKodoriAndGoriOnTheGround() {
        Map<String, Change> changes = byTerritory(compare(BEFORE_WAR, AFTER_CEASEFIRE, Lens.CONTROL));
        Change ossetia = changes.get("south-ossetia");
        assertEquals(List.of(LocalDateTime.of(2008, 8, 7, 23, 35), LocalDateTime.of(2008, 8, 11, 0, 0)),
                ossetia.changedAt(), "contested from 23:35 on 7 August, then held by the de facto authorities");
        assertEquals(index.statusAt("south-ossetia", BEFORE_WAR).orElseThrow(), ossetia.before());
        assertEquals("separatist", ossetia.after().id());
        assertEquals("separatist", changes.get("upper-kodori").after().id());
        assertEquals("government", changes.get("upper-kodori").before().id());
        assertEquals(List.of(AFTER_CEASEFIRE), changes.get("buffer-zone-gori").changedAt(),
                "a change at the later moment itself is in the comparison");
        assertFalse(changes.containsKey("abkhazia"), "Abkhazia's control did not change that week");
        assertFalse(changes.containsKey("akhalgori"), "Akhalgori changed only on 16 August");
        assertFalse(changes.containsKey("jpkf-zone"), "overlays are not territories");
    }

    @Test
    void theRecognitionLensSeesRussiasRecognitionAndNicaraguas() {
        Comparison week = compare(BEFORE_WAR, AFTER_CEASEFIRE, "recognition");
        assertTrue(week.changes().isEmpty(), "no recognition changed during the war itself: " + week.changes());
        Map<String, Change> changes = byTerritory(compare(BEFORE_WAR, LocalDateTime.of(2008, 9, 10, 0, 0), "recognition"));
        Change abkhazia = changes.get("abkhazia");
        assertEquals("rec-declared-unrecognised", abkhazia.before().id());
        assertEquals("rec-russia-nicaragua", abkhazia.after().id());
        assertEquals(List.of(LocalDateTime.of(2008, 8, 26, 0, 0), LocalDateTime.of(2008, 9, 3, 0, 0)),
                abkhazia.changedAt());
        assertFalse(changes.containsKey("georgia-rest"));
    }

    @Test
    void theLawLensSeesTheLawOnOccupiedTerritoriesOnly() {
        Map<String, Change> changes = byTerritory(compare(BEFORE_WAR, LocalDateTime.of(2008, 12, 1, 0, 0), "law"));
        assertEquals(List.of(LocalDateTime.of(2008, 10, 23, 0, 0)), changes.get("south-ossetia").changedAt());
        assertEquals("law-occupied", changes.get("south-ossetia").after().id());
        assertFalse(changes.containsKey("georgia-rest"));
        assertFalse(changes.containsKey("buffer-zone-gori"), "occupation on the ground is not a change of legal status");
    }

    @Test
    void aChangeAndAChangeBackIsStillAChangeWithTheSameStatusAtBothEnds() {
        Change gori = byTerritory(compare(LocalDateTime.of(2008, 8, 1, 0, 0), LocalDateTime.of(2008, 9, 1, 0, 0),
                Lens.CONTROL)).get("gori-zone-2008");
        assertEquals(gori.before(), gori.after());
        assertEquals(2, gori.changedAt().size());
    }

    @Test
    void eventsInBetweenAreCountedByTypeFromTheEarlierMomentUpToTheLater() {
        Comparison week = compare(AFTER_CEASEFIRE, BEFORE_WAR, Lens.CONTROL);
        assertEquals(BEFORE_WAR, week.earlier(), "the moments may come in either order");
        List<Event> between = atlas.events().stream()
                .filter(e -> !e.start().isBefore(BEFORE_WAR) && e.start().isBefore(AFTER_CEASEFIRE)).toList();
        assertTrue(between.size() > 20, "the war week has many events: " + between.size());
        assertEquals(between.size(), week.eventCount());
        for (EventType type : EventType.values()) {
            long expected = between.stream().filter(e -> e.type() == type).count();
            assertEquals(expected, week.eventsByType().getOrDefault(type, 0).longValue(), type.toString());
            assertTrue(expected == 0 || week.eventsByType().containsKey(type));
        }
        assertFalse(week.eventsByType().containsValue(0), "types without events are left out");
    }

    @Test
    void onlyTheEventsShownAreCounted() {
        Comparison facts = Comparison.between(atlas, index, BEFORE_WAR, AFTER_CEASEFIRE, Lens.CONTROL, e -> !e.claim());
        long expected = atlas.events().stream().filter(e -> !e.claim())
                .filter(e -> !e.start().isBefore(BEFORE_WAR) && e.start().isBefore(AFTER_CEASEFIRE)).count();
        assertEquals(expected, facts.eventCount());
        assertTrue(facts.eventCount() < compare(BEFORE_WAR, AFTER_CEASEFIRE, Lens.CONTROL).eventCount(),
                "the war week has claims as well as facts");
    }

    @Test
    void oneMomentComparedWithItselfHasNothingInBetween() {
        Comparison same = compare(AFTER_CEASEFIRE, AFTER_CEASEFIRE, Lens.CONTROL);
        assertTrue(same.changes().isEmpty());
        assertEquals(0, same.eventCount());
    }

    @Test
    void anUnknownLensIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> compare(BEFORE_WAR, AFTER_CEASEFIRE, "colour"));
        assertTrue(refused.getMessage().contains("colour"));
    }

    private static Comparison compare(LocalDateTime first, LocalDateTime second, String lens) {
        return Comparison.between(atlas, index, first, second, lens, event -> true);
    }

    private static Map<String, Change> byTerritory(Comparison comparison) {
        return comparison.changes().stream().collect(Collectors.toMap(Change::territoryId, c -> c));
    }
}
