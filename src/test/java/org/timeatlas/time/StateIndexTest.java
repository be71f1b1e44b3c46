package org.timeatlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.testing.TestAtlases;

class StateIndexTest {

    private final Atlas atlas = TestAtlases.islands();
    private final StateIndex index = new StateIndex(atlas);

    @Test
    void statusChangesExactlyAtTheSpanBoundary() {
        assertEquals("north", status("west-isle", LocalDateTime.of(2000, 6, 4, 23, 59)));
        assertEquals("war", status("west-isle", LocalDateTime.of(2000, 6, 5, 0, 0)));
        assertEquals("war", status("west-isle", LocalDateTime.of(2000, 6, 8, 11, 59)));
        assertEquals("south", status("west-isle", LocalDateTime.of(2000, 6, 8, 12, 0)));
    }

    @Test
    void firstAndLastMinutesOfTheSpanHaveAStatus() {
        assertEquals("north", status("west-isle", LocalDateTime.of(2000, 1, 1, 0, 0)));
        assertEquals("south", status("west-isle", LocalDateTime.of(2000, 12, 31, 23, 59)));
        assertTrue(index.spanAt("west-isle", LocalDateTime.of(2001, 1, 1, 0, 0)).isEmpty());
    }

    @Test
    void overlayIsAbsentOutsideItsSpans() {
        assertTrue(index.spanAt("strait-zone", LocalDateTime.of(2000, 6, 9, 23, 59)).isEmpty());
        assertEquals("truce-zone", status("strait-zone", LocalDateTime.of(2000, 6, 10, 0, 0)));
        assertTrue(index.spanAt("strait-zone", LocalDateTime.of(2000, 9, 1, 0, 0)).isEmpty());
    }

    @Test
    void eventsAroundAMomentIncludeThoseStillRunning() {
        List<String> ids = index.eventsAround(LocalDateTime.of(2000, 7, 1, 0, 0), Duration.ofDays(1)).stream()
                .map(Event::id).toList();
        assertEquals(List.of("2000-06-10-monitors"), ids);
        List<String> warDay = index.eventsAround(LocalDateTime.of(2000, 6, 6, 12, 0), Duration.ofDays(2)).stream()
                .map(Event::id).toList();
        assertEquals(List.of("2000-06-05-landing", "2000-06-06-who-fired"), warDay);
    }

    @Test
    void nextAndPreviousEventAreStrictlyAfterAndBefore() {
        LocalDateTime landing = LocalDateTime.of(2000, 6, 5, 4, 30);
        assertEquals("2000-06-06-who-fired", index.nextEvent(landing).orElseThrow().id());
        assertEquals("2000-03-01-treaty", index.previousEvent(landing).orElseThrow().id());
        assertTrue(index.previousEvent(LocalDateTime.of(2000, 1, 1, 0, 0)).isEmpty());
    }

    @Test
    void nextChangeFindsTheNextStatusBoundary() {
        assertEquals(LocalDateTime.of(2000, 6, 5, 0, 0), index.nextChange(LocalDateTime.of(2000, 5, 1, 0, 0)).orElseThrow());
        assertEquals(LocalDateTime.of(2000, 6, 8, 12, 0), index.nextChange(LocalDateTime.of(2000, 6, 5, 0, 0)).orElseThrow());
    }

    @Test
    void lookingUpEveryTerritoryAtAMomentCostsMicroseconds() {
        List<String> ids = atlas.territories().stream().map(t -> t.id()).toList();
        LocalDateTime start = LocalDateTime.of(2000, 1, 1, 0, 0);
        int lookups = 0;
        for (int warm = 0; warm < 20_000; warm++) {
            lookups += index.spanAt(ids.get(warm % ids.size()), start.plusMinutes(warm * 37L)).isPresent() ? 1 : 0;
        }
        int moments = 200_000;
        long began = System.nanoTime();
        for (int i = 0; i < moments; i++) {
            LocalDateTime moment = start.plusMinutes(i * 2L);
            for (String id : ids) {
                lookups += index.spanAt(id, moment).isPresent() ? 1 : 0;
            }
        }
        double microsPerMoment = (System.nanoTime() - began) / 1000.0 / moments;
        System.out.printf("state lookup: %.3f µs per moment for %d territories%n", microsPerMoment, ids.size());
        assertTrue(lookups > 0);
        assertTrue(microsPerMoment < 20, "a moment's lookup took " + microsPerMoment + " µs");
    }

    private String status(String territory, LocalDateTime moment) {
        return index.spanAt(territory, moment).map(StatusSpan::statusId).orElse(null);
    }
}
