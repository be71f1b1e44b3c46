package org.timeatlas.time;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;

/**
 * "What is true at moment T", answered by binary search over change points computed once per atlas:
 * the status span of each territory, the events around a moment, the next and previous event or change.
 */
public final class StateIndex {

    private final Map<String, TerritoryTimeline> territories = new HashMap<>();
    private final Map<String, Status> statuses;
    private final List<Event> events;
    private final long[] eventStarts;
    private final List<Event> eventsWithEnd;
    private final long[] changePoints;

    public StateIndex(Atlas atlas) {
        statuses = atlas.statusesById();
        TreeSet<Long> changes = new TreeSet<>();
        for (Territory territory : atlas.territories()) {
            TerritoryTimeline timeline = new TerritoryTimeline(territory.history());
            territories.put(territory.id(), timeline);
            for (long from : timeline.froms) {
                changes.add(from);
            }
        }
        changePoints = changes.stream().mapToLong(Long::longValue).toArray();
        events = atlas.events().stream()
                .sorted((a, b) -> a.start().compareTo(b.start()))
                .toList();
        eventStarts = events.stream().mapToLong(e -> Moments.toMinutes(e.start())).toArray();
        eventsWithEnd = events.stream().filter(e -> e.end() != null).toList();
    }

    /** The span of {@code territoryId} in force at {@code moment}, if any (overlays may have gaps). */
    public Optional<StatusSpan> spanAt(String territoryId, LocalDateTime moment) {
        TerritoryTimeline timeline = territories.get(territoryId);
        return timeline == null ? Optional.empty() : Optional.ofNullable(timeline.spanAt(Moments.toMinutes(moment)));
    }

    public Optional<Status> statusAt(String territoryId, LocalDateTime moment) {
        return spanAt(territoryId, moment).map(span -> statuses.get(span.statusId()));
    }

    /** Events sorted by start. */
    public List<Event> events() {
        return events;
    }

    /**
     * Events "current" at {@code moment}: those that started within {@code window} before it (inclusive of
     * the moment itself) and those still running at it. Sorted by start.
     */
    public List<Event> eventsAround(LocalDateTime moment, Duration window) {
        long now = Moments.toMinutes(moment);
        long from = now - Math.max(1, window.toMinutes());
        int first = lowerBound(eventStarts, from + 1);
        int last = lowerBound(eventStarts, now + 1);
        List<Event> result = new ArrayList<>(events.subList(first, last));
        for (Event running : eventsWithEnd) {
            long start = Moments.toMinutes(running.start());
            if (start <= from && Moments.toMinutes(running.end()) >= now) {
                result.add(running);
            }
        }
        result.sort((a, b) -> a.start().compareTo(b.start()));
        return result;
    }

    /** The first event starting strictly after {@code moment}. */
    public Optional<Event> nextEvent(LocalDateTime moment) {
        int i = lowerBound(eventStarts, Moments.toMinutes(moment) + 1);
        return i < events.size() ? Optional.of(events.get(i)) : Optional.empty();
    }

    /** The last event starting strictly before {@code moment}. */
    public Optional<Event> previousEvent(LocalDateTime moment) {
        int i = lowerBound(eventStarts, Moments.toMinutes(moment)) - 1;
        return i >= 0 ? Optional.of(events.get(i)) : Optional.empty();
    }

    /** The next moment after {@code moment} at which any territory changes status. */
    public Optional<LocalDateTime> nextChange(LocalDateTime moment) {
        int i = lowerBound(changePoints, Moments.toMinutes(moment) + 1);
        return i < changePoints.length ? Optional.of(Moments.fromMinutes(changePoints[i])) : Optional.empty();
    }

    /** Index of the first element {@code >= key}. */
    static int lowerBound(long[] sorted, long key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == key) {
            i--;
        }
        return i;
    }

    /** One territory's spans as parallel sorted arrays of start and end minutes. */
    private static final class TerritoryTimeline {
        private final long[] froms;
        private final long[] tos;
        private final StatusSpan[] spans;

        TerritoryTimeline(List<StatusSpan> history) {
            spans = history.toArray(StatusSpan[]::new);
            froms = new long[spans.length];
            tos = new long[spans.length];
            for (int i = 0; i < spans.length; i++) {
                froms[i] = Moments.toMinutes(spans[i].from());
                tos[i] = Moments.toMinutes(spans[i].to());
            }
        }

        StatusSpan spanAt(long minute) {
            int i = lowerBound(froms, minute + 1) - 1;
            return i >= 0 && minute < tos[i] ? spans[i] : null;
        }
    }
}
