package org.timeatlas.atlas;

import java.util.List;

/** What a tour step picks out on the map: ids of territories, events and movements, each list in the order written. */
public record Highlight(List<String> territoryIds, List<String> eventIds, List<String> movementIds) {

    public Highlight {
        territoryIds = List.copyOf(territoryIds);
        eventIds = List.copyOf(eventIds);
        movementIds = List.copyOf(movementIds);
    }
}
