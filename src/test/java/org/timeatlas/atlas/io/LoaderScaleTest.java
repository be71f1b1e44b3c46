package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.StateIndex;

/**
 * Opening an atlas grows linearly with its events, even when they all fall on one day: loading and checking,
 * the state index, the projected positions and "events around this moment". Measured in CPU time (best of three)
 * for 2,500 and 10,000 events on 6 June 2000 of the islands atlas; four times the events may cost at most eight
 * times as much (a quadratic step would cost sixteen).
 */
class LoaderScaleTest {

    @TempDir
    Path temp;

    @Test
    void tenThousandEventsOnOneDayOpenInTimeLinearInTheEvents() {
        Path small = withEventsOnOneDay(temp.resolve("small"), 2_500);
        Path large = withEventsOnOneDay(temp.resolve("large"), 10_000);
        open(small);
        open(large); // warm up the compiler on both sizes
        double smallMillis = bestOfThree(small);
        double largeMillis = bestOfThree(large);
        System.out.printf(Locale.ROOT, "LoaderScaleTest: 2,500 events on one day open in %.0f ms of CPU, 10,000 in %.0f ms"
                + " (%.1f times)%n", smallMillis, largeMillis, largeMillis / smallMillis);
        assertTrue(largeMillis < 8 * smallMillis, "10,000 events took " + largeMillis + " ms, 2,500 took " + smallMillis);
    }

    private static double bestOfThree(Path atlas) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long started = threads.getCurrentThreadCpuTime();
            open(atlas);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - started);
        }
        return best / 1e6;
    }

    /** What opening costs outside the views: load and check, index, project, list the moment's events. */
    private static void open(Path folder) {
        LoadResult result = AtlasLoader.load(folder);
        assertEquals(java.util.List.of(), result.problems());
        Atlas atlas = result.atlas().orElseThrow();
        StateIndex index = new StateIndex(atlas);
        new ProjectedAtlas(atlas, 0);
        index.eventsAround(LocalDateTime.of(2000, 6, 6, 23, 0), Duration.ofDays(1));
    }

    /** The islands atlas with {@code count} more events on 6 June 2000, each with its place on West Isle. */
    static Path withEventsOnOneDay(Path target, int count) {
        Path atlas = TestAtlases.copyOfIslands(target);
        StringBuilder events = new StringBuilder("[\n");
        for (int i = 0; i < count; i++) {
            events.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                    "{\"id\": \"generated-%d\", \"start\": \"2000-06-06T%02d:%02d\", \"certainty\": \"exact\","
                            + " \"type\": \"military\", \"importance\": %d, \"lon\": %.4f, \"lat\": %.4f,"
                            + " \"territories\": [\"west-isle\"], \"title\": {\"en\": \"Event %d\", \"hi\": \"घटना %d\"},"
                            + " \"summary\": {\"en\": \"Something happened near Westport.\","
                            + " \"hi\": \"वेस्टपोर्ट के पास कुछ हुआ।\"}, \"sources\": [\"gazette\"]}",
                    i, (i / 60) % 24, i % 60, 1 + i % 3, 10.1 + 0.8 * ((i * 7919) % 1000) / 1000.0,
                    0.1 + 0.8 * ((i * 104729) % 1000) / 1000.0, i, i));
        }
        try {
            Files.writeString(atlas.resolve("events/generated.json"), events.append("\n]\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return atlas;
    }
}
