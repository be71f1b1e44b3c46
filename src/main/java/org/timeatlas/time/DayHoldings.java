package org.timeatlas.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;

/**
 * Who held what at the end of a day (23:59), told briefly: the territories whose status is not the one that
 * covers most of the map then, and those whose status changed during the day. Derived from the histories only.
 */
public final class DayHoldings {

    /** A territory at the end of the day; {@code span} is null for a zone that ended that day. */
    public record Holding(Territory territory, StatusSpan span, Status status, boolean changedThatDay) {
    }

    private final Atlas atlas;
    private final StateIndex index;
    /** A day's holdings never change for an atlas; a day card asks for the same days again and again. */
    private final Map<LocalDate, List<Holding>> byDay = new java.util.concurrent.ConcurrentHashMap<>();

    public DayHoldings(Atlas atlas, StateIndex index) {
        this.atlas = atlas;
        this.index = index;
    }

    /** The holdings at the end of {@code day}, in the atlas's order of territories; an unmodifiable list. */
    public List<Holding> at(LocalDate day) {
        return byDay.computeIfAbsent(day, this::derive);
    }

    private List<Holding> derive(LocalDate day) {
        LocalDateTime start = day.atStartOfDay();
        LocalDateTime end = day.atTime(23, 59);
        String usual = usualStatus(end);
        List<Holding> holdings = new ArrayList<>();
        for (Territory territory : atlas.territories()) {
            Optional<StatusSpan> span = index.spanAt(territory.id(), end);
            String now = span.map(StatusSpan::statusId).orElse(null);
            boolean changed = changedBetween(territory.id(), start, end);
            boolean unusual = territory.kind() == TerritoryKind.TERRITORY && now != null && !now.equals(usual);
            if (changed || unusual) {
                holdings.add(new Holding(territory, span.orElse(null),
                        index.statusAt(territory.id(), end).orElse(null), changed));
            }
        }
        return List.copyOf(holdings);
    }

    /**
     * The status that covers most of the map at {@code moment} (by the area of the territories, not their
     * number: many small districts must not outweigh the rest of a country).
     */
    private String usualStatus(LocalDateTime moment) {
        Map<String, Double> areas = new HashMap<>();
        for (Territory territory : atlas.territories()) {
            if (territory.kind() != TerritoryKind.TERRITORY) {
                continue;
            }
            index.statusAt(territory.id(), moment).map(Status::id)
                    .ifPresent(status -> areas.merge(status, territory.outline().getArea(), Double::sum));
        }
        return areas.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** True when the status at the end of the day is not the one of the evening before. */
    private boolean changedBetween(String territoryId, LocalDateTime start, LocalDateTime end) {
        String was = index.spanAt(territoryId, start.minusMinutes(1)).map(StatusSpan::statusId).orElse(null);
        String is = index.spanAt(territoryId, end).map(StatusSpan::statusId).orElse(null);
        return !Objects.equals(was, is);
    }
}
