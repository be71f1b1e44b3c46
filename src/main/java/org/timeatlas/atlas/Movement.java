package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * A path forces of one side took during [from, to): an advance or a withdrawal, drawn for those hours.
 * {@code label} describes it in full; {@code name}, when given, is the few words written on the map.
 */
public record Movement(String id, String sideId, LocalDateTime from, LocalDateTime to, LineString path,
                       LocalizedText label, LocalizedText name, boolean approximate, List<Source> sources) {

    public Movement {
        sources = List.copyOf(sources);
    }

    /** What the map writes beside the arrow: the short name, or else the full label. */
    public LocalizedText mapLabel() {
        return name != null ? name : label;
    }

    public boolean activeAt(LocalDateTime moment) {
        return !moment.isBefore(from) && moment.isBefore(to);
    }
}
