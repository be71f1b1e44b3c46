package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;

/** A half-open span [from, to) during which a territory had one status. {@code note} may be null. */
public record StatusSpan(LocalDateTime from, LocalDateTime to, String statusId, LocalizedText authority,
                         List<Source> sources, LocalizedText note) {

    public StatusSpan {
        sources = List.copyOf(sources);
    }

    public boolean contains(LocalDateTime moment) {
        return !moment.isBefore(from) && moment.isBefore(to);
    }
}
