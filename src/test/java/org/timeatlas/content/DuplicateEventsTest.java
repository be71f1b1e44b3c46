package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.testing.TestAtlases;

/**
 * One strike, one event: no two events of the embedded atlas tell the same incident at the same place.
 * Two placed events of one type count as the same incident when they lie within {@link #SAME_PLACE_KM}
 * and one's day falls on the other's possible days (an "approximate" date without an hour may be a day
 * off), and either both are air strikes, or both are military events of the same kind (two facts, or
 * two claims). A fact next to a claim about it is the atlas's way of giving an account and who
 * asserted it, so that pair is allowed, except for air strikes: a strike is one event, with the toll
 * inside it as an attributed figure.
 */
class DuplicateEventsTest {

    static final double SAME_PLACE_KM = 3.0;

    /** Pairs that pass the test's rule but are different incidents, each with the reason. */
    private static final List<Set<String>> DIFFERENT_INCIDENTS = List.of(
            // A detention of four Georgian soldiers and the Russian overflight that evening, both pinned at Tskhinvali.
            Set.of("2008-07-08-georgian-soldiers-detained", "2008-07-08-russian-overflight"),
            // Georgia's and Russia's competing accounts of when Russian forces came through the Roki Tunnel.
            Set.of("2008-08-07-roki-tunnel-claim", "2008-08-08-russian-forces-roki"),
            // The dawn raid on the military airfield and aircraft plant, and the 19:00 raid Georgia said hit the civilian airport.
            Set.of("2008-08-10-tbilisi-airport-strike", "2008-08-10-tbilisi-airport-claim"),
            // Georgia's civilian toll for the raids of 8–11 August, and the cluster strike on the main square on 12 August.
            Set.of("2008-08-11-gori-strikes-claim", "2008-08-12-gori-cluster-strike"));

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    @Test
    void noIncidentIsToldTwice() {
        List<Event> placed = atlas.events().stream().filter(e -> e.location() != null).toList();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Event a = placed.get(i);
                Event b = placed.get(j);
                if (sameIncident(a, b) && !DIFFERENT_INCIDENTS.contains(Set.of(a.id(), b.id()))) {
                    duplicates.add(a.id() + " = " + b.id());
                }
            }
        }
        assertEquals(List.of(), duplicates);
    }

    @Test
    void theRuleFindsTheDuplicatesTheReviewFound() {
        Event gori = atlas.event("2008-08-09-gori-bombing").orElseThrow();
        Event kopitnari = atlas.event("2008-08-09-kopitnari-claim").orElseThrow();
        assertTrue(sameIncident(gori, copy(gori, "a-second-report", gori.start().toLocalDate(), Certainty.DAY, false)));
        assertTrue(sameIncident(kopitnari, copy(kopitnari, "next-day-report", LocalDate.of(2008, 8, 10), Certainty.APPROXIMATE, true)));
        assertTrue(atlas.event("2008-08-09-gori-base-strike").isEmpty(), "merged into 2008-08-09-gori-bombing");
        assertTrue(atlas.event("2008-08-10-kopitnari-strike").isEmpty(), "merged into 2008-08-09-kopitnari-claim");
        for (Set<String> pair : DIFFERENT_INCIDENTS) {
            pair.forEach(id -> assertTrue(atlas.event(id).isPresent(), "an exception names a missing event: " + id));
        }
    }

    static boolean sameIncident(Event a, Event b) {
        if (a.type() != b.type() || distanceKm(a, b) > SAME_PLACE_KM) {
            return false;
        }
        if (!onPossibleDays(a.start().toLocalDate(), b) && !onPossibleDays(b.start().toLocalDate(), a)) {
            return false;
        }
        boolean airStrikes = a.hasTag(Event.AIR_STRIKE) && b.hasTag(Event.AIR_STRIKE);
        boolean sameKindOfMilitaryReport = a.type() == EventType.MILITARY && a.claim() == b.claim();
        return airStrikes || sameKindOfMilitaryReport;
    }

    private static boolean onPossibleDays(LocalDate day, Event event) {
        LocalDate start = event.start().toLocalDate();
        return switch (event.certainty()) {
            case MONTH -> day.getYear() == start.getYear() && day.getMonth() == start.getMonth();
            case APPROXIMATE -> event.startHasTime() ? day.equals(start) : !day.isBefore(start.minusDays(1)) && !day.isAfter(start.plusDays(1));
            default -> day.equals(start);
        };
    }

    private static double distanceKm(Event a, Event b) {
        double lat = Math.toRadians((a.location().lat() + b.location().lat()) / 2);
        double dx = Math.toRadians(a.location().lon() - b.location().lon()) * Math.cos(lat);
        double dy = Math.toRadians(a.location().lat() - b.location().lat());
        return 6371.0 * Math.hypot(dx, dy);
    }

    private static Event copy(Event e, String suffix, LocalDate day, Certainty certainty, boolean claim) {
        return new Event(e.id() + "-" + suffix, day.atStartOfDay(), false, null, certainty, e.type(), e.importance(),
                e.location(), e.territoryIds(), claim, e.claimant(), null, e.title(), e.summary(), e.sources(), e.tags());
    }
}
