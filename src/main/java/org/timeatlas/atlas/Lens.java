package org.timeatlas.atlas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another way of looking at the same territories ({@code lenses.json}), e.g. international legal status or who
 * recognised what: a legend of its own ({@code statuses}) and, per territory id, a history of {@link LensSpan}s
 * (every territory of kind territory covered from the atlas span's start to its end; overlays where the lens says
 * something about them, with gaps allowed). The map's normal colours, the histories of territories.json, are the
 * lens {@value #CONTROL}, which lenses.json may not redefine.
 */
public record Lens(String id, LocalizedText name, LocalizedText description, List<Status> statuses,
                   Map<String, List<LensSpan>> histories) {

    /** The id of the territories' own histories ("control on the ground"), reserved. */
    public static final String CONTROL = "control";

    public Lens {
        statuses = List.copyOf(statuses);
        Map<String, List<LensSpan>> copy = new LinkedHashMap<>();
        histories.forEach((territory, spans) -> copy.put(territory, List.copyOf(spans)));
        histories = Collections.unmodifiableMap(copy);
    }

    /** The spans the lens gives {@code territoryId}, ordered by time; empty when it says nothing about it. */
    public List<LensSpan> history(String territoryId) {
        return histories.getOrDefault(territoryId, List.of());
    }

    public Optional<Status> status(String statusId) {
        return statuses.stream().filter(s -> s.id().equals(statusId)).findFirst();
    }
}
