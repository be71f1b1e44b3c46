package org.timeatlas.ui.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.LocalizedText;

class EventOrderTest {

    private static final Event MORNING = event("d1-morning", "2008-08-08T06:00", true);
    private static final Event DAY_A = event("d1-untimed-a", "2008-08-08T00:00", false);
    private static final Event EVENING = event("d1-evening", "2008-08-08T19:10", true);
    private static final Event DAY_B = event("d1-untimed-b", "2008-08-08T00:00", false);
    private static final Event ONLY_DAY = event("d2-untimed", "2008-08-09T00:00", false);
    private static final Event NEXT_MORNING = event("d3-morning", "2008-08-10T05:00", true);
    // as the loader gives them: by start, file order kept on ties
    private final EventOrder order = new EventOrder(List.of(DAY_A, DAY_B, MORNING, EVENING, ONLY_DAY, NEXT_MORNING));

    @Test
    void eventsKnownOnlyToTheDayComeAfterTheDaysTimedOnesInTheAtlasOrder() {
        assertEquals(List.of(MORNING, EVENING, DAY_A, DAY_B, ONLY_DAY, NEXT_MORNING), order.events());
    }

    @Test
    void anUntimedEventIsShownAtTheLastTimedMomentOfItsDayNotAtMidnight() {
        assertEquals(LocalDateTime.parse("2008-08-08T19:10"), order.shownAt(DAY_A));
        assertEquals(LocalDateTime.parse("2008-08-08T19:10"), order.shownAt(DAY_B));
        assertEquals(LocalDateTime.parse("2008-08-09T00:00"), order.shownAt(ONLY_DAY), "a day without timed events");
    }

    @Test
    void steppingForwardAndBackVisitsEveryEventOnceAndTheClockNeverRunsBack() {
        LocalDateTime moment = LocalDateTime.parse("2008-08-07T12:00");
        String selected = null;
        for (Event expected : order.events()) {
            Event next = order.next(selected, moment);
            assertEquals(expected, next);
            LocalDateTime shown = order.shownAt(next);
            assertEquals(false, shown.isBefore(moment), "the clock does not run back at " + next.id());
            moment = shown;
            selected = next.id();
        }
        assertNull(order.next(selected, moment));
        List<Event> backwards = new java.util.ArrayList<>(order.events());
        java.util.Collections.reverse(backwards);
        for (Event expected : backwards.subList(1, backwards.size())) {
            Event previous = order.previous(selected, moment);
            assertEquals(expected, previous);
            moment = order.shownAt(previous);
            selected = previous.id();
        }
    }

    @Test
    void theClickerSkipsWhatItIsNotAskedForAndStillNeverRunsTheClockBack() {
        java.util.Set<String> important = java.util.Set.of(MORNING.id(), DAY_B.id(), NEXT_MORNING.id());
        java.util.function.Predicate<Event> wanted = event -> important.contains(event.id());
        LocalDateTime moment = LocalDateTime.parse("2008-08-07T12:00");
        String selected = null;
        List<Event> visited = new java.util.ArrayList<>();
        for (Event next = order.next(selected, moment, wanted); next != null; next = order.next(selected, moment, wanted)) {
            visited.add(next);
            assertEquals(false, order.shownAt(next).isBefore(moment), next.id());
            moment = order.shownAt(next);
            selected = next.id();
        }
        assertEquals(List.of(MORNING, DAY_B, NEXT_MORNING), visited, "the evening and the other untimed event are skipped");
        assertEquals(DAY_B, order.previous(selected, moment, wanted));
        assertEquals(MORNING, order.previous(DAY_B.id(), order.shownAt(DAY_B), wanted));
        assertEquals(DAY_B, order.previous(null, LocalDateTime.parse("2008-08-08T20:00"), e -> true),
                "from a moment between events, the last one shown before it (the day's untimed ones come last)");
        assertEquals(MORNING, order.previous(null, LocalDateTime.parse("2008-08-08T20:00"), e -> e == MORNING),
                "back past the events not asked for");
    }

    private static Event event(String id, String start, boolean timed) {
        LocalizedText text = new LocalizedText(Map.of("en", id, "hi", id));
        return new Event(id, LocalDateTime.parse(start), timed, null, timed ? Certainty.EXACT : Certainty.DAY,
                EventType.values()[0], 2, null, List.of(), false, null, null, text, text, List.of());
    }
}
