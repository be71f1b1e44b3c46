package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;
import org.locationtech.jts.geom.LineString;

/** A path forces of one side took during [from, to): an advance or a withdrawal, drawn for those hours. */
public record Movement(String id, String sideId, LocalDateTime from, LocalDateTime to, LineString path,
                       LocalizedText label, boolean approximate, List<Source> sources) {

    public Movement {
        sources = List.copyOf(sources);
    }

    public boolean activeAt(LocalDateTime moment) {
        return !moment.isBefore(from) && moment.isBefore(to);
    }
}
