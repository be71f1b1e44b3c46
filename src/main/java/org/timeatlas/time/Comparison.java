package org.timeatlas.time;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;

/**
 * What differs between two moments of an atlas seen through one lens: the territories (not overlays) whose status
 * changed at least once between them, with their status at each moment and the moments it changed; and the events
 * that started in between, counted by type. "In between" is the half-open span [earlier, later): what the map at the
 * earlier moment does not show yet and the map at the later moment does.
 *
 * @param earlier  the earlier of the two moments (the two may be given in either order)
 * @param later    the later one; equal to {@code earlier} when both are the same
 * @param lensId   {@link Lens#CONTROL} or the id of a lens of the atlas
 * @param changes  the territories that changed, in the atlas's order
 * @param eventsByType how many events of each type started in [earlier, later), in the order of {@link EventType};
 *                 types with none are left out
 */
public record Comparison(LocalDateTime earlier, LocalDateTime later, String lensId, List<Change> changes,
                         Map<EventType, Integer> eventsByType) {

    /**
     * One territory whose status changed between the two moments.
     *
     * @param territoryId the territory
     * @param before      its status at the earlier moment, null where the lens gives it none
     * @param after       its status at the later moment, null where the lens gives it none; may equal {@code before}
     *                    when it changed and changed back
     * @param changedAt   the moments in (earlier, later] at which its status changed, in order; never empty
     */
    public record Change(String territoryId, Status before, Status after, List<LocalDateTime> changedAt) {
        public Change {
            changedAt = List.copyOf(changedAt);
        }
    }

    public Comparison {
        changes = List.copyOf(changes);
        Map<EventType, Integer> copy = new EnumMap<>(EventType.class);
        copy.putAll(eventsByType);
        eventsByType = Collections.unmodifiableMap(copy);
    }

    /** How many events started in [earlier, later), of every type. */
    public int eventCount() {
        return eventsByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Compares {@code first} and {@code second} (in either order) in lens {@code lensId}, counting only the events
     * {@code shown} lets through (the explorer's filters and no-spoiler horizon).
     *
     * @throws IllegalArgumentException if the atlas has no lens {@code lensId}
     */
    public static Comparison between(Atlas atlas, StateIndex index, LocalDateTime first, LocalDateTime second,
                                     String lensId, Predicate<Event> shown) {
        Lens lens = Lens.CONTROL.equals(lensId) ? null : atlas.lens(lensId)
                .orElseThrow(() -> new IllegalArgumentException("the atlas has no lens \"" + lensId + "\""));
        LocalDateTime earlier = first.isAfter(second) ? second : first;
        LocalDateTime later = first.isAfter(second) ? first : second;
        List<Change> changes = new ArrayList<>();
        for (Territory territory : atlas.territories()) {
            if (territory.kind() != TerritoryKind.TERRITORY) {
                continue;
            }
            List<Span> spans = lens == null
                    ? territory.history().stream().map(h -> new Span(h.from(), h.to(), h.statusId())).toList()
                    : lens.history(territory.id()).stream().map(h -> new Span(h.from(), h.to(), h.statusId())).toList();
            List<LocalDateTime> changedAt = changes(spans, earlier, later);
            if (!changedAt.isEmpty()) {
                changes.add(new Change(territory.id(), index.statusAt(territory.id(), earlier, lensId).orElse(null),
                        index.statusAt(territory.id(), later, lensId).orElse(null), changedAt));
            }
        }
        Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
        for (Event event : index.events()) {
            if (!event.start().isBefore(earlier) && event.start().isBefore(later) && shown.test(event)) {
                byType.merge(event.type(), 1, Integer::sum);
            }
        }
        return new Comparison(earlier, later, lensId, changes, byType);
    }

    /** A span of control or of a lens, reduced to what a comparison needs. */
    private record Span(LocalDateTime from, LocalDateTime to, String statusId) { }

    /** The starts of the spans in (earlier, later] that begin a different status or follow a gap. */
    private static List<LocalDateTime> changes(List<Span> spans, LocalDateTime earlier, LocalDateTime later) {
        List<LocalDateTime> at = new ArrayList<>();
        Span previous = null;
        for (Span span : spans) {
            boolean changed = previous != null && (!previous.to().equals(span.from())
                    || !Objects.equals(previous.statusId(), span.statusId()));
            if (changed && span.from().isAfter(earlier) && !span.from().isAfter(later)) {
                at.add(span.from());
            }
            previous = span;
        }
        return at;
    }
}
