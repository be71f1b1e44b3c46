package org.timeatlas.ui.navigation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.timeatlas.atlas.Event;

/**
 * The order in which Page Down and Page Up visit events, and the moment each is shown at. An event known only
 * to the day is not stamped 00:00: on its day it comes after the events whose time is known (in the order the
 * atlas lists them), and it is shown at the moment of the last timed event before it that day (the clock does
 * not run back to midnight), or at the day's start when the day has none.
 */
final class EventOrder {

    private final List<Event> order;
    private final Map<String, LocalDateTime> shownAt = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();

    /** @param events the atlas's events, in the order its files list them on each day */
    EventOrder(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Event e) -> e.start().toLocalDate())
                .thenComparing(e -> !e.startHasTime())
                .thenComparing(e -> e.startHasTime() ? e.start().toLocalTime() : java.time.LocalTime.MIN));
        this.order = List.copyOf(sorted);
        LocalDateTime lastTimed = null;
        for (int i = 0; i < order.size(); i++) {
            Event event = order.get(i);
            if (lastTimed != null && !lastTimed.toLocalDate().equals(event.start().toLocalDate())) {
                lastTimed = null;
            }
            if (event.startHasTime()) {
                lastTimed = event.start();
            }
            shownAt.put(event.id(), event.startHasTime() || lastTimed == null ? event.start() : lastTimed);
            position.put(event.id(), i);
        }
    }

    List<Event> events() {
        return order;
    }

    /** The moment the explorer shows when it steps to {@code event}. */
    LocalDateTime shownAt(Event event) {
        return shownAt.get(event.id());
    }

    /** The event after {@code selected} if it is shown at {@code moment}, else the first shown after it. */
    Event next(String selected, LocalDateTime moment) {
        return next(selected, moment, event -> true);
    }

    /**
     * The first event {@code wanted} keeps after {@code selected} if that is shown at {@code moment}, else the
     * first it keeps that is shown after {@code moment}; null when there is none.
     */
    Event next(String selected, LocalDateTime moment, Predicate<Event> wanted) {
        Integer at = selected == null ? null : position.get(selected);
        int from;
        if (at != null && shownAt(order.get(at)).equals(moment)) {
            from = at + 1;
        } else {
            from = 0;
            while (from < order.size() && !shownAt(order.get(from)).isAfter(moment)) {
                from++;
            }
        }
        for (int i = from; i < order.size(); i++) {
            if (wanted.test(order.get(i))) {
                return order.get(i);
            }
        }
        return null;
    }

    /** The event before {@code selected} if it is shown at {@code moment}, else the last shown before it. */
    Event previous(String selected, LocalDateTime moment) {
        return previous(selected, moment, event -> true);
    }

    /** Like {@link #next(String, LocalDateTime, Predicate)}, backwards. */
    Event previous(String selected, LocalDateTime moment, Predicate<Event> wanted) {
        Integer at = selected == null ? null : position.get(selected);
        int from;
        if (at != null && shownAt(order.get(at)).equals(moment)) {
            from = at - 1;
        } else {
            from = -1;
            while (from + 1 < order.size() && shownAt(order.get(from + 1)).isBefore(moment)) {
                from++;
            }
        }
        for (int i = from; i >= 0; i--) {
            if (wanted.test(order.get(i))) {
                return order.get(i);
            }
        }
        return null;
    }
}
