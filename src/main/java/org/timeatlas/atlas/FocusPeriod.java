package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A stretch of time the atlas invites the user to step through closely (e.g. a war): the timeline zooms
 * to [from, to); inside [fineFrom, fineTo) steps are {@code fineStepHours} long instead of a day.
 */
public record FocusPeriod(String id, LocalizedText name, LocalDateTime from, LocalDateTime to,
                          LocalDateTime fineFrom, LocalDateTime fineTo, int fineStepHours, List<MapPreset> presets) {

    public FocusPeriod {
        presets = List.copyOf(presets);
    }

    public boolean contains(LocalDateTime moment) {
        return !moment.isBefore(from) && moment.isBefore(to);
    }
}
