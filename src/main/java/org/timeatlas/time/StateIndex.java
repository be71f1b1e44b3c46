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
import java.util.function.Function;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.LensSpan;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;

/**
 * "What is true at moment T", answered by binary search over change points computed once per atlas:
 * the status span of each territory (in control on the ground and in each lens of the atlas), the events around
 * a moment, the next and previous event or change.
 */
public final class StateIndex {

    private final Map<String, Timeline<StatusSpan>> territories = new HashMap<>();
    private final Map<String, LensTimelines> lenses = new HashMap<>();
    private final Map<String, Status> statuses;
    private final List<Event> events;
    private final long[] eventStarts;
    private final List<Event> eventsWithEnd;
    private final long[] changePoints;

    public StateIndex(Atlas atlas) {
        statuses = atlas.statusesById();
        TreeSet<Long> changes = new TreeSet<>();
        for (Territory territory : atlas.territories()) {
            Timeline<StatusSpan> timeline = new Timeline<>(territory.history(), StatusSpan::from, StatusSpan::to);
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
        for (Lens lens : atlas.lenses()) {
            lenses.put(lens.id(), new LensTimelines(lens));
        }
    }

    /** The span of {@code territoryId} in force at {@code moment}, if any (overlays may have gaps). */
    public Optional<StatusSpan> spanAt(String territoryId, LocalDateTime moment) {
        Timeline<StatusSpan> timeline = territories.get(territoryId);
        return timeline == null ? Optional.empty() : Optional.ofNullable(timeline.spanAt(Moments.toMinutes(moment)));
    }

    public Optional<Status> statusAt(String territoryId, LocalDateTime moment) {
        return spanAt(territoryId, moment).map(span -> statuses.get(span.statusId()));
    }

    /**
     * The status {@code territoryId} has at {@code moment} in lens {@code lensId}: {@link Lens#CONTROL} gives the
     * territories' own histories (as {@link #statusAt(String, LocalDateTime)}), any other id the lens of that id
     * in the atlas. A binary search over the lens's spans, built once. Empty when the lens does not exist, or
     * says nothing about the territory at that moment (an overlay outside its spans, a moment outside the span).
     */
    public Optional<Status> statusAt(String territoryId, LocalDateTime moment, String lensId) {
        if (Lens.CONTROL.equals(lensId)) {
            return statusAt(territoryId, moment);
        }
        LensTimelines lens = lenses.get(lensId);
        return lens == null ? Optional.empty() : lensSpanAt(territoryId, moment, lensId)
                .map(span -> lens.statuses.get(span.statusId()));
    }

    /**
     * The span of lens {@code lensId} (not {@link Lens#CONTROL}, whose spans {@link #spanAt} gives) in force for
     * {@code territoryId} at {@code moment}, with its note and sources; empty as for
     * {@link #statusAt(String, LocalDateTime, String)}.
     */
    public Optional<LensSpan> lensSpanAt(String territoryId, LocalDateTime moment, String lensId) {
        LensTimelines lens = lenses.get(lensId);
        Timeline<LensSpan> timeline = lens == null ? null : lens.territories.get(territoryId);
        return timeline == null ? Optional.empty() : Optional.ofNullable(timeline.spanAt(Moments.toMinutes(moment)));
    }

    /** The next moment after {@code moment} at which any territory changes status in lens {@code lensId}. */
    public Optional<LocalDateTime> nextChange(LocalDateTime moment, String lensId) {
        if (Lens.CONTROL.equals(lensId)) {
            return nextChange(moment);
        }
        LensTimelines lens = lenses.get(lensId);
        if (lens == null) {
            return Optional.empty();
        }
        int i = lowerBound(lens.changePoints, Moments.toMinutes(moment) + 1);
        return i < lens.changePoints.length ? Optional.of(Moments.fromMinutes(lens.changePoints[i])) : Optional.empty();
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

    /** One territory's spans (of control, or of a lens) as parallel sorted arrays of start and end minutes. */
    private static final class Timeline<S> {
        private final long[] froms;
        private final long[] tos;
        private final List<S> spans;

        Timeline(List<S> history, Function<S, LocalDateTime> from, Function<S, LocalDateTime> to) {
            spans = List.copyOf(history);
            froms = new long[spans.size()];
            tos = new long[spans.size()];
            for (int i = 0; i < spans.size(); i++) {
                froms[i] = Moments.toMinutes(from.apply(spans.get(i)));
                tos[i] = Moments.toMinutes(to.apply(spans.get(i)));
            }
        }

        S spanAt(long minute) {
            int i = lowerBound(froms, minute + 1) - 1;
            return i >= 0 && minute < tos[i] ? spans.get(i) : null;
        }
    }

    /** A lens's legend, its territories' timelines, and the moments any of them changes, built once. */
    private static final class LensTimelines {
        private final Map<String, Status> statuses = new HashMap<>();
        private final Map<String, Timeline<LensSpan>> territories = new HashMap<>();
        private final long[] changePoints;

        LensTimelines(Lens lens) {
            lens.statuses().forEach(status -> statuses.put(status.id(), status));
            TreeSet<Long> changes = new TreeSet<>();
            lens.histories().forEach((territoryId, history) -> {
                Timeline<LensSpan> timeline = new Timeline<>(history, LensSpan::from, LensSpan::to);
                territories.put(territoryId, timeline);
                for (long from : timeline.froms) {
                    changes.add(from);
                }
            });
            changePoints = changes.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
