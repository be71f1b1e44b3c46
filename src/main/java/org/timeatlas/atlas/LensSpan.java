package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;

/** A half-open span [from, to) during which a lens gives a territory one of its statuses, with a note and sources. */
public record LensSpan(LocalDateTime from, LocalDateTime to, String statusId, LocalizedText note, List<Source> sources) {

    public LensSpan {
        sources = List.copyOf(sources);
    }

    public boolean contains(LocalDateTime moment) {
        return !moment.isBefore(from) && moment.isBefore(to);
    }
}
