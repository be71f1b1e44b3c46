package org.timeatlas.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.search.SearchIndex;

/**
 * What a keystroke in the search field costs on an atlas: the index is built, then each query below is typed a
 * letter at a time and every prefix searched, as the field does. Measured in this JVM (the search, not the drawing
 * of the results list) after one untimed pass to let the JIT compile it. The goal is under 50 ms per keystroke on
 * the 10× atlas.
 */
final class SearchKeystrokes {

    static final double GOAL_MS = 50;
    static final List<String> QUERIES = List.of("kodori", "Кодори", "कोडोरी", "tskhinvali shelling",
            "roki tunnel", "russian recognition of abkhazia", "गाली ज़िला", "peacekeepers killed", "zugdidi");

    private final int entries;
    private final int words;
    private final double buildMs;
    private final List<Double> keystrokeMs;
    private final List<Double> cpuMs;

    private SearchKeystrokes(int entries, int words, double buildMs, List<List<Double>> times) {
        this.entries = entries;
        this.words = words;
        this.buildMs = buildMs;
        this.keystrokeMs = times.get(0);
        this.cpuMs = times.get(1);
    }

    static SearchKeystrokes measure(Path atlasFolder) {
        Atlas atlas = AtlasLoader.load(atlasFolder).atlas()
                .orElseThrow(() -> new IllegalStateException("the atlas " + atlasFolder + " does not load"));
        long started = System.nanoTime();
        SearchIndex index = SearchIndex.of(atlas);
        double buildMs = (System.nanoTime() - started) / 1e6;
        typeAll(index); // untimed: the JIT compiles the search
        return new SearchKeystrokes(index.size(), index.vocabularySize(), buildMs, typeAll(index));
    }

    /** Wall-clock and this thread's CPU times of each keystroke, in ms. */
    private static List<List<Double>> typeAll(SearchIndex index) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (String query : QUERIES) {
            for (int length = 1; length <= query.length(); length++) {
                long cpuStarted = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                index.search(query.substring(0, length), 6);
                wall.add((System.nanoTime() - started) / 1e6);
                cpu.add((threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6);
            }
        }
        return List.of(wall, cpu);
    }

    /** The report's section: a table of the keystrokes' times. */
    List<String> markdown() {
        double[] sorted = keystrokeMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p95 = Stats.percentile(sorted, 95);
        double max = sorted[sorted.length - 1];
        double[] cpuSorted = cpuMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return List.of("### Search: one keystroke on the 10× atlas", "",
                String.format(Locale.ROOT, "%d entries (events, places, territories, terms, tours), %d distinct words;"
                        + " index built in %.0f ms. %d keystrokes typing %d queries (Latin, Cyrillic, Devanagari)"
                        + " letter by letter, searched in the benchmark's JVM after one untimed pass.",
                        entries, words, buildMs, sorted.length, QUERIES.size()), "",
                "| per keystroke | median | p95 | max | goal |", "| --- | ---: | ---: | ---: | --- |",
                String.format(Locale.ROOT, "| wall clock | %.2f ms | %.2f ms | %.2f ms | under %.0f ms: %s |",
                        Stats.median(keystrokeMs), p95, max, GOAL_MS, p95 < GOAL_MS ? "met at p95" : "missed"),
                String.format(Locale.ROOT, "| CPU of the searching thread | %.2f ms | %.2f ms | %.2f ms | |",
                        Stats.median(cpuMs), Stats.percentile(cpuSorted, 95), cpuSorted[cpuSorted.length - 1]),
                "", "On a loaded machine the wall clock includes waiting for a core; the CPU row is the search's own work.",
                "");
    }

    /** Measures the atlas folder given (default: the 10× atlas the benchmark generates) and prints the section. */
    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : Path.of("target", "bench-atlas-10x");
        if (args.length == 0) {
            SyntheticAtlas.generate(Path.of("maps", "georgia-1991-2008"), folder, 10);
        }
        measure(folder).markdown().forEach(System.out::println);
    }
}
