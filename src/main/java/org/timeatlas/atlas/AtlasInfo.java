package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;

/** What an atlas is: its title, span [start, end), languages, projection, home view and credits. */
public record AtlasInfo(int formatVersion, String id, LocalizedText title, LocalizedText description,
                        List<String> languages, LocalDateTime start, LocalDateTime end, LocalDateTime defaultMoment,
                        String projection, Bounds home, List<AxisSegment> axis, List<Credit> credits,
                        List<FocusPeriod> focusPeriods) {

    public AtlasInfo {
        languages = List.copyOf(languages);
        axis = List.copyOf(axis);
        credits = List.copyOf(credits);
        focusPeriods = List.copyOf(focusPeriods);
    }

    /** An atlas without focus periods. */
    public AtlasInfo(int formatVersion, String id, LocalizedText title, LocalizedText description,
                     List<String> languages, LocalDateTime start, LocalDateTime end, LocalDateTime defaultMoment,
                     String projection, Bounds home, List<AxisSegment> axis, List<Credit> credits) {
        this(formatVersion, id, title, description, languages, start, end, defaultMoment, projection, home, axis,
                credits, List.of());
    }

    /** The focus period containing {@code moment}, if any. */
    public java.util.Optional<FocusPeriod> focusAt(LocalDateTime moment) {
        return focusPeriods.stream().filter(f -> f.contains(moment)).findFirst();
    }

    public boolean covers(LocalDateTime moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }
}
