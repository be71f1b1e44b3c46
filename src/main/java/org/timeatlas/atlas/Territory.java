package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/** A named area (geometry in WGS84 lon/lat) with its status history, ordered by time. */
public record Territory(String id, TerritoryKind kind, LocalizedText name, boolean approximate, Geometry outline,
                        List<StatusSpan> history) {

    public Territory {
        history = List.copyOf(history);
    }

    /** The span in force at {@code moment}, by a linear scan; the app uses the precomputed index instead. */
    public Optional<StatusSpan> spanAt(LocalDateTime moment) {
        return history.stream().filter(span -> span.contains(moment)).findFirst();
    }
}
