package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;

/** What an atlas is: its title, span [start, end), languages, projection, home view and credits. */
public record AtlasInfo(int formatVersion, String id, LocalizedText title, LocalizedText description,
                        List<String> languages, LocalDateTime start, LocalDateTime end, LocalDateTime defaultMoment,
                        String projection, Bounds home, List<AxisSegment> axis, List<Credit> credits) {

    public AtlasInfo {
        languages = List.copyOf(languages);
        axis = List.copyOf(axis);
        credits = List.copyOf(credits);
    }

    public boolean covers(LocalDateTime moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }
}
