package org.timeatlas.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One child's {@code BENCH-RESULT} line, read back by the harness. */
public final class ChildResult {

    private final Map<String, String> values = new HashMap<>();

    private ChildResult(String line) {
        for (String pair : line.substring(FrameDriver.RESULT_PREFIX.length()).trim().split(" ")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
    }

    public static ChildResult parse(String line) {
        return new ChildResult(line);
    }

    public double number(String key) {
        return Double.parseDouble(values.get(key));
    }

    public String text(String key) {
        return values.getOrDefault(key, "");
    }

    /** A series of milliseconds. */
    public List<Double> series(String key) {
        String joined = values.getOrDefault(key, "");
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Double::valueOf).toList();
    }

    public Stats stats(String key) {
        return Stats.of(series(key));
    }

    /** How many intervals in a series took longer than {@code millis} (at 60 Hz: frames that missed a refresh). */
    public double countOver(String key, double millis) {
        return series(key).stream().filter(v -> v > millis).count();
    }
}
