package org.timeatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.timeatlas.bench.PerformanceBenchmark.Pacing;
import org.timeatlas.bench.PerformanceBenchmark.Variant;

/**
 * Writes the benchmark's figures into docs/performance.md between two marker comments, so the hand-written
 * analysis around them survives a rerun.
 */
final class PerformanceReport {

    static final String BEGIN = "<!-- bench:results:begin (written by org.timeatlas.bench.PerformanceBenchmark) -->";
    static final String END = "<!-- bench:results:end -->";
    static final double STARTUP_GOAL = 1.2;
    /** Issue 11: the whole explorer's first frame against the bare window's, on the embedded and the 10× atlas. */
    static final double WHOLE_GOAL = 1.6;
    static final double WHOLE_GOAL_10X = 2.5;
    static final double FRAME_GOAL_MS = 16;
    static final double MEMORY_GOAL = 1.3;
    /** At 60 Hz an interval over 1.5 refreshes means a refresh went by without a new frame. */
    static final double MISSED_REFRESH_MS = 25;

    private final String command;
    private final Map<String, String> machine;
    private final SyntheticAtlas.Growth growth;
    private final int repeats;
    private final int failures;
    private final String size;
    private final Map<Variant, Map<Pacing, List<ChildResult>>> results;
    private final long seconds;
    private final StringBuilder out = new StringBuilder();
    private final List<String> sections = new ArrayList<>();

    PerformanceReport(String command, Map<String, String> machine, SyntheticAtlas.Growth growth, int repeats,
            int failures, String size, Map<Variant, Map<Pacing, List<ChildResult>>> results, long seconds) {
        this.command = command;
        this.machine = machine;
        this.growth = growth;
        this.repeats = repeats;
        this.failures = failures;
        this.size = size;
        this.results = results;
        this.seconds = seconds;
    }

    /** Adds a section measured apart (its Markdown lines), written after the tables. */
    PerformanceReport with(List<String> section) {
        sections.addAll(section);
        return this;
    }

    void write(Path file) throws IOException {
        block();
        sections.forEach(this::line);
        String generated = BEGIN + "\n" + out + END;
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : skeleton();
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        text = begin >= 0 && end > begin
                ? text.substring(0, begin) + generated + text.substring(end + END.length())
                : text + "\n" + generated + "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String skeleton() {
        return "# Performance\n\nRun the benchmark with\n\n    " + command + "\n\n";
    }

    private void block() {
        line("Last run: " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + ", "
                + repeats + " runs of each child (medians shown), " + failures + " failed, " + seconds + " s in all. "
                + "Window " + size + ".");
        line("");
        line("### Machine");
        line("");
        line("| | |");
        line("| --- | --- |");
        machine.forEach((key, value) -> line("| " + key + " | " + value + " |"));
        line("");
        line(String.format(Locale.ROOT, "The 10× atlas (`target/bench-atlas-10x`): %d → %d events, %d → %d vertices in "
                + "territories and base layers.", growth.eventsBefore(), growth.eventsAfter(), growth.verticesBefore(),
                growth.verticesAfter()));
        line("");
        goals();
        startupAndMemory();
        frames();
        fxThread();
        jvmDefaults();
        archives();
    }

    /** Each child with and without the class-data archive a training run made for it (60 Hz runs). */
    private void archives() {
        line("### With a class-data archive (60 Hz runs)");
        line("");
        line("Each child started as the jar and the installer start the explorer: with a class-data archive made by "
                + "a training run of that child (the bare window gets one of its own).");
        line("");
        line("| | bare window | bare window, its archive | explorer | explorer, archive | 10× atlas | 10× atlas, archive "
                + "| explorer with archive ÷ bare with archive |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        archiveRow("process spawn → first rendered frame (ms)", r -> r.number("spawn_to_frame_ms"));
        archiveRow("process spawn → first frame of the whole explorer (ms)", r -> r.number("spawn_to_ready_ms"));
        archiveRow("peak RSS, VmHWM (MB)", r -> r.number("hwm_kb") / 1024);
        line("");
    }

    private void archiveRow(String label, ToDoubleFunction<ChildResult> measure) {
        StringBuilder r = new StringBuilder("| " + label + " |");
        for (Variant variant : List.of(Variant.BARE, Variant.BARE_ARCHIVED, Variant.APP, Variant.APP_ARCHIVED,
                Variant.APP_10X, Variant.APP_10X_ARCHIVED)) {
            r.append(' ').append(ms(median(variant, Pacing.PACED, measure))).append(" |");
        }
        double bareArchived = median(Variant.BARE_ARCHIVED, Pacing.PACED, measure);
        double appArchived = median(Variant.APP_ARCHIVED, Pacing.PACED, measure);
        line(r.append(' ').append(ratio(appArchived / bareArchived)).append(" |").toString());
    }

    private void goals() {
        line("### Goals");
        line("");
        line("| goal | bare window | explorer | result | explorer on 10× atlas | result |");
        line("| --- | ---: | ---: | --- | ---: | --- |");
        double bareStart = median(Variant.BARE, Pacing.PACED, r -> r.number("spawn_to_frame_ms"));
        double bareRss = median(Variant.BARE, Pacing.PACED, r -> r.number("hwm_kb") / 1024);
        StringBuilder start = new StringBuilder("| start-up ≤ " + STARTUP_GOAL + "× bare: first rendered frame "
                + "(the start-up shell) | " + ms(bareStart) + " ms");
        StringBuilder whole = new StringBuilder("| first frame of the whole explorer ≤ " + WHOLE_GOAL + "× bare (≤ "
                + WHOLE_GOAL_10X + "× on the 10× atlas) | " + ms(bareStart) + " ms");
        StringBuilder archived = new StringBuilder("| the same, the explorer started with its class-data archive (as "
                + "the jar and the installer start it) | " + ms(bareStart) + " ms");
        StringBuilder war = new StringBuilder("| war-step frame p95 ≤ " + (int) FRAME_GOAL_MS + " ms (unthrottled) | "
                + ms1(median(Variant.BARE, Pacing.UNTHROTTLED, r -> r.stats("step_change").p95())) + " ms");
        StringBuilder frame = new StringBuilder("| scrub p95 frame time ≤ " + (int) FRAME_GOAL_MS + " ms (unthrottled) | "
                + ms1(median(Variant.BARE, Pacing.UNTHROTTLED, r -> r.stats("scrub").p95())) + " ms");
        StringBuilder memory = new StringBuilder("| peak RSS ≤ " + MEMORY_GOAL + "× bare | " + ms(bareRss) + " MB");
        for (Variant app : List.of(Variant.APP, Variant.APP_10X)) {
            double appStart = median(app, Pacing.PACED, r -> r.number("spawn_to_frame_ms"));
            start.append(" | ").append(ms(appStart)).append(" ms = ").append(ratio(appStart / bareStart)).append("× | ")
                    .append(verdict(appStart / bareStart, STARTUP_GOAL, appStart - STARTUP_GOAL * bareStart, "ms"));
            double wholeGoal = app == Variant.APP ? WHOLE_GOAL : WHOLE_GOAL_10X;
            double appWhole = median(app, Pacing.PACED, r -> r.number("spawn_to_ready_ms"));
            whole.append(" | ").append(ms(appWhole)).append(" ms = ").append(ratio(appWhole / bareStart)).append("× | ")
                    .append(verdict(appWhole / bareStart, wholeGoal, appWhole - wholeGoal * bareStart, "ms"));
            Variant withArchive = app == Variant.APP ? Variant.APP_ARCHIVED : Variant.APP_10X_ARCHIVED;
            double archivedWhole = median(withArchive, Pacing.PACED, r -> r.number("spawn_to_ready_ms"));
            archived.append(" | ").append(ms(archivedWhole)).append(" ms = ").append(ratio(archivedWhole / bareStart))
                    .append("× | ").append(verdict(archivedWhole / bareStart, wholeGoal,
                            archivedWhole - wholeGoal * bareStart, "ms"));
            double warP95 = median(app, Pacing.UNTHROTTLED, r -> r.stats("step_change").p95());
            war.append(" | ").append(ms1(warP95)).append(" ms | ")
                    .append(verdict(warP95, FRAME_GOAL_MS, warP95 - FRAME_GOAL_MS, "ms"));
            double p95 = median(app, Pacing.UNTHROTTLED, r -> r.stats("scrub").p95());
            frame.append(" | ").append(ms1(p95)).append(" ms | ")
                    .append(verdict(p95, FRAME_GOAL_MS, p95 - FRAME_GOAL_MS, "ms"));
            double rss = median(app, Pacing.PACED, r -> r.number("hwm_kb") / 1024);
            memory.append(" | ").append(ms(rss)).append(" MB = ").append(ratio(rss / bareRss)).append("× | ")
                    .append(verdict(rss / bareRss, MEMORY_GOAL, rss - MEMORY_GOAL * bareRss, "MB"));
        }
        line(start.append(" |").toString());
        line(whole.append(" |").toString());
        line(archived.append(" |").toString());
        line(frame.append(" |").toString());
        line(war.append(" |").toString());
        line(memory.append(" |").toString());
        line("");
    }

    private static String verdict(double value, double goal, double excess, String unit) {
        return value <= goal ? "**pass**" : "**miss** by " + String.format(Locale.ROOT, "%.0f", excess) + " " + unit;
    }

    private void startupAndMemory() {
        line("### Start-up and memory (60 Hz runs)");
        line("");
        header("");
        row("process spawn → first rendered frame (ms)", Pacing.PACED, r -> r.number("spawn_to_frame_ms"), 0);
        row("process spawn → first frame of the whole explorer (ms)", Pacing.PACED,
                r -> r.number("spawn_to_ready_ms"), 0);
        row("JVM start → first rendered frame (ms)", Pacing.PACED, r -> r.number("jvm_to_frame_ms"), 0);
        row("process spawn → window shown (ms)", Pacing.PACED, r -> r.number("spawn_to_shown_ms"), 0);
        row("peak RSS, VmHWM (MB)", Pacing.PACED, r -> r.number("hwm_kb") / 1024, 0);
        row("Java heap used at the end (MB)", Pacing.PACED, r -> r.number("heap_used_kb") / 1024, 0);
        row("Java heap live after a full GC (MB)", Pacing.PACED, r -> r.number("heap_live_kb") / 1024, 0);
        line("");
    }

    private void frames() {
        line("### Frame times (ms)");
        line("");
        line("Unthrottled (`-Djavafx.animation.fullspeed=true`): the interval between pulses is what a frame costs.");
        line("");
        header("");
        statRows("scrub, 600 moments one per frame", Pacing.UNTHROTTLED, "scrub");
        statRows("war, frames that step 6 h", Pacing.UNTHROTTLED, "step_change");
        statRows("war, all frames while stepping", Pacing.UNTHROTTLED, "step");
        line("");
        line("At JavaFX's normal 60 Hz pulse (what a user sees: a frame that fits shows as ≈16.7 ms, one that does "
                + "not as ≈33 ms or more):");
        line("");
        header("");
        statRows("scrub", Pacing.PACED, "scrub");
        row("scrub: frames over " + (int) MISSED_REFRESH_MS + " ms (of 600)", Pacing.PACED,
                r -> r.countOver("scrub", MISSED_REFRESH_MS), 0);
        statRows("war, frames that step 6 h", Pacing.PACED, "step_change");
        row("war: all frames over " + (int) MISSED_REFRESH_MS + " ms", Pacing.PACED,
                r -> r.countOver("step", MISSED_REFRESH_MS), 0);
        line("");
    }

    private void fxThread() {
        line("### Where a scrub frame's time goes on the FX thread (unthrottled, ms)");
        line("");
        header("");
        statRows("`setMoment` and its listeners", Pacing.UNTHROTTLED, "scrub_set");
        statRows("then CSS + layout of the pulse", Pacing.UNTHROTTLED, "scrub_work");
        line("");
        line("The rest of a frame's interval is the hand-over to the render thread and its painting.");
        line("");
    }

    /** The explorer against a bare window that keeps the JVM's default options (G1, C2, heap by machine size). */
    private void jvmDefaults() {
        line("### Against a bare window with the JVM's default options (60 Hz runs)");
        line("");
        line("| | bare window, JVM defaults | bare window, explorer's options | explorer | explorer ÷ bare with defaults |");
        line("| --- | ---: | ---: | ---: | ---: |");
        defaultsRow("first rendered frame (ms)", r -> r.number("spawn_to_frame_ms"));
        defaultsRow("peak RSS, VmHWM (MB)", r -> r.number("hwm_kb") / 1024);
        line("");
    }

    private void defaultsRow(String label, ToDoubleFunction<ChildResult> measure) {
        double defaults = median(Variant.BARE_DEFAULTS, Pacing.PACED, measure);
        double bare = median(Variant.BARE, Pacing.PACED, measure);
        double app = median(Variant.APP, Pacing.PACED, measure);
        line("| " + label + " | " + ms(defaults) + " | " + ms(bare) + " | " + ms(app) + " | " + ratio(app / defaults)
                + " |");
    }

    private void header(String first) {
        StringBuilder h = new StringBuilder("| " + first + " |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (Variant variant : Variant.COMPARED) {
            h.append(' ').append(variant.label).append(" |");
            rule.append(" ---: |");
        }
        h.append(" explorer ÷ bare | 10× ÷ 1× |");
        rule.append(" ---: | ---: |");
        line(h.toString());
        line(rule.toString());
    }

    private void statRows(String label, Pacing pacing, String series) {
        row(label + ": mean", pacing, r -> r.stats(series).mean(), 1);
        row(label + ": p50", pacing, r -> r.stats(series).p50(), 1);
        row(label + ": p95", pacing, r -> r.stats(series).p95(), 1);
        row(label + ": p99", pacing, r -> r.stats(series).p99(), 1);
        row(label + ": max", pacing, r -> r.stats(series).max(), 1);
    }

    private void row(String label, Pacing pacing, ToDoubleFunction<ChildResult> measure, int decimals) {
        StringBuilder r = new StringBuilder("| " + label + " |");
        double[] medians = new double[Variant.COMPARED.size()];
        for (Variant variant : Variant.COMPARED) {
            medians[variant.ordinal()] = median(variant, pacing, measure);
            r.append(' ').append(String.format(Locale.ROOT, "%." + decimals + "f", medians[variant.ordinal()])).append(" |");
        }
        r.append(' ').append(ratio(medians[1] / medians[0])).append(" | ").append(ratio(medians[2] / medians[1])).append(" |");
        line(r.toString());
    }

    private double median(Variant variant, Pacing pacing, ToDoubleFunction<ChildResult> measure) {
        return Stats.median(results.get(variant).get(pacing).stream().map(r -> measure.applyAsDouble(r)).toList());
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String ms1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
