package org.timeatlas.time;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Moments as whole minutes since 1970-01-01T00:00 (local time of the atlas), for fast sorted lookups. */
public final class Moments {

    private Moments() {
    }

    public static long toMinutes(LocalDateTime moment) {
        return moment.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    public static LocalDateTime fromMinutes(long minutes) {
        return LocalDateTime.ofEpochSecond(minutes * 60, 0, ZoneOffset.UTC);
    }
}
