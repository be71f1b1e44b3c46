package org.timeatlas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark of "smooth and measured": runs the bare JavaFX window, the explorer on its embedded atlas and
 * the explorer on a 10× synthetic atlas, each in fresh child JVMs under Xvfb, several times, and writes the
 * medians to docs/performance.md. Run it with {@code mvn -q -Pbench process-test-classes}.
 *
 * <p>Options: {@code --repeats N} (default 5), {@code --report FILE} (default docs/performance.md),
 * {@code --size WxH} (default 1280x800), {@code --jvm-options "..."}: the options the explorer runs with (the
 * pom's {@code app.jvm.options}), given to every child but the bare window "with the JVM's defaults".
 */
public final class PerformanceBenchmark {

    static final String DISPLAY = ":99";
    static final String COMMAND = "mvn -q -Pbench process-test-classes";

    /** What a child shows ({@code BenchmarkApp}'s mode), on which atlas, with the explorer's JVM options or not. */
    enum Variant {
        BARE("bare JavaFX window", "bare", false, true, false),
        APP("explorer, embedded atlas", "app", false, true, false),
        APP_10X("explorer, 10× atlas", "app", true, true, false),
        BARE_DEFAULTS("bare window, JVM defaults", "bare", false, false, false),
        BARE_ARCHIVED("bare window, its own class-data archive", "bare", false, true, true),
        APP_ARCHIVED("explorer, class-data archive", "app", false, true, true),
        APP_10X_ARCHIVED("explorer on the 10× atlas, class-data archive", "app", true, true, true);

        /** The three compared in every table; the others get tables of their own. */
        static final List<Variant> COMPARED = List.of(BARE, APP, APP_10X);

        final String label;
        final String mode;
        final boolean syntheticAtlas;
        final boolean appJvmOptions;
        /**
         * Started as the jar and the installer start the explorer: with a class-data archive made by a training
         * run (BenchArchives). Run at 60 Hz only: the archive changes the start, not how a frame is painted.
         */
        final boolean archived;

        Variant(String label, String mode, boolean syntheticAtlas, boolean appJvmOptions, boolean archived) {
            this.label = label;
            this.mode = mode;
            this.syntheticAtlas = syntheticAtlas;
            this.appJvmOptions = appJvmOptions;
            this.archived = archived;
        }

        boolean runsWith(Pacing pacing) {
            return !archived || pacing == Pacing.PACED;
        }
    }

    /** How pulses are paced in a child. */
    enum Pacing {
        /** JavaFX's default 60 Hz pulse: what a user sees; a frame that fits shows as ~16.7 ms. */
        PACED(List.of()),
        /** Pulses back to back: the interval is what a frame costs. */
        UNTHROTTLED(List.of("-Djavafx.animation.fullspeed=true"));

        final List<String> jvmOptions;

        Pacing(List<String> jvmOptions) {
            this.jvmOptions = jvmOptions;
        }
    }

    private final int repeats;
    private final String size;
    private final List<String> appJvmOptions;
    private final Path logs = Path.of("target", "bench");
    private final Path syntheticAtlas = Path.of("target", "bench-atlas-10x").toAbsolutePath();
    private final Map<Variant, Map<Pacing, List<ChildResult>>> results = new EnumMap<>(Variant.class);
    private final List<Double> loads = new ArrayList<>();
    private final Map<String, Path> archives = new java.util.HashMap<>();
    private BenchArchives archiving;
    private int failures;
    private int runNumber;

    private PerformanceBenchmark(int repeats, String size, List<String> appJvmOptions) {
        this.repeats = repeats;
        this.size = size;
        this.appJvmOptions = appJvmOptions;
        for (Variant variant : Variant.values()) {
            results.put(variant, new EnumMap<>(Pacing.class));
            for (Pacing pacing : Pacing.values()) {
                results.get(variant).put(pacing, new ArrayList<>());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int repeats = 5;
        Path report = Path.of("docs", "performance.md");
        String size = "1280x800";
        List<String> jvmOptions = List.of();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jvm-options" -> jvmOptions = List.of(args[i + 1].trim().split("\\s+"));
                case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
                case "--report" -> report = Path.of(args[i + 1]);
                case "--size" -> size = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new PerformanceBenchmark(repeats, size, jvmOptions).run(report);
    }

    private void run(Path report) throws IOException, InterruptedException {
        ensureDisplay();
        Files.createDirectories(logs);
        System.out.println("bench: generating the 10× atlas in " + syntheticAtlas);
        SyntheticAtlas.Growth growth = SyntheticAtlas.generate(Path.of("maps", "georgia-1991-2008"), syntheticAtlas, 10);
        System.out.println("bench: " + String.join(", ", SyntheticAtlas.describe(growth)));
        List<String> search = SearchKeystrokes.measure(syntheticAtlas).markdown();
        String loadBefore = Machine.loadAverage();
        long started = System.currentTimeMillis();
        makeArchives();
        for (int repeat = 1; repeat <= repeats; repeat++) {
            for (Pacing pacing : Pacing.values()) {
                for (Variant variant : Variant.values()) {
                    if (variant.runsWith(pacing) && (!variant.archived || archives.containsKey(variant.mode))) {
                        runChild(variant, pacing, repeat);
                    }
                }
            }
        }
        String pipeline = results.get(Variant.BARE).get(Pacing.PACED).stream().map(r -> r.text("pipeline"))
                .findFirst().orElse("?");
        var machine = Machine.describe(DISPLAY, pipeline);
        machine.put("Load before the run", loadBefore);
        machine.put("Load after the run", Machine.loadAverage());
        machine.put("1-min load when each child started", String.format(Locale.ROOT,
                "min %.2f, median %.2f, max %.2f (above 1 means something else shared the 2 cores)",
                loads.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), Stats.median(loads),
                loads.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
        machine.put("JVM options of the explorer and the bare window", "`" + String.join(" ", appJvmOptions)
                + "` (the pom's `app.jvm.options`, as `mvn javafx:run` uses them)");
        new PerformanceReport(COMMAND, machine, growth, repeats, failures, size, results,
                (System.currentTimeMillis() - started) / 1000).with(search).write(report);
        writeRaw();
        System.out.println("bench: wrote " + report.toAbsolutePath() + " and " + logs.resolve("runs.tsv"));
        AnimationSpeed.measure(report, DISPLAY, appJvmOptions, repeats);
    }

    /** The archives of the bare window and of the explorer, each from a training run of its own child. */
    private void makeArchives() throws IOException, InterruptedException {
        archiving = new BenchArchives(Path.of(System.getProperty("java.home"), "bin", "java").toString(), appJvmOptions);
        archiving.classPath(System.getProperty("java.class.path"));
        for (String mode : List.of("bare", "app")) {
            System.out.println("bench: training run and class-data archive of the " + mode + " child");
            Path archive = archiving.make(mode, size, DISPLAY);
            if (archive != null) {
                archives.put(mode, archive);
            }
        }
    }

    private void runChild(Variant variant, Pacing pacing, int repeat) throws IOException, InterruptedException {
        runNumber++;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(pacing.jvmOptions);
        if (variant.appJvmOptions) {
            command.addAll(appJvmOptions);
        }
        String classPath = System.getProperty("java.class.path");
        if (variant.archived) {
            command.add("-XX:SharedArchiveFile=" + archives.get(variant.mode));
            command.add("-Xshare:on"); // a child that cannot use its archive fails instead of measuring without it
            classPath = archiving.classPath(classPath);
        }
        command.addAll(List.of("-cp", classPath, "org.timeatlas.BenchmarkApp"));
        command.add(variant.mode);
        if (variant.syntheticAtlas) {
            command.addAll(List.of("--atlas", syntheticAtlas.toString()));
        }
        command.addAll(List.of("--size", size));
        Path log = logs.resolve(String.format(Locale.ROOT, "run-%02d-%s-%s.log", runNumber,
                variant.name().toLowerCase(Locale.ROOT), pacing.name().toLowerCase(Locale.ROOT)));
        ProcessBuilder builder = new ProcessBuilder().redirectErrorStream(true);
        loads.add(Double.parseDouble(Machine.loadAverage().split(" ")[0]));
        builder.environment().put("DISPLAY", DISPLAY);
        long spawn = System.currentTimeMillis();
        command.addAll(List.of("--spawn-ms", Long.toString(spawn)));
        Process child = builder.command(command).start();
        ChildResult result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             Writer logWriter = Files.newBufferedWriter(log)) {
            String line;
            while ((line = out.readLine()) != null) {
                logWriter.write(line + "\n");
                if (line.startsWith(FrameDriver.RESULT_PREFIX)) {
                    result = ChildResult.parse(line);
                }
            }
        }
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        String what = String.format(Locale.ROOT, "bench: [%d/%d] %s, %s, run %d: ", runNumber,
                repeats * childrenPerRepeat(), variant.label,
                pacing.name().toLowerCase(Locale.ROOT), repeat);
        if (!ended || child.exitValue() != 0 || result == null) {
            failures++;
            System.out.println(what + "FAILED (see " + log + ")");
            return;
        }
        results.get(variant).get(pacing).add(result);
        System.out.println(what + String.format(Locale.ROOT,
                "first frame %.0f ms, whole %.0f ms, scrub p95 %.1f ms, war step mean %.1f ms, peak RSS %.0f MB",
                result.number("spawn_to_frame_ms"), result.number("spawn_to_ready_ms"), result.stats("scrub").p95(),
                result.stats("step_change").mean(),
                result.number("hwm_kb") / 1024));
    }

    private long childrenPerRepeat() {
        long children = 0;
        for (Variant variant : Variant.values()) {
            for (Pacing pacing : Pacing.values()) {
                children += variant.runsWith(pacing) ? 1 : 0;
            }
        }
        return children;
    }

    private void writeRaw() throws IOException {
        try (Writer raw = Files.newBufferedWriter(logs.resolve("runs.tsv"))) {
            raw.write("variant\tpacing\tspawn_to_frame_ms\tspawn_to_ready_ms\tjvm_to_frame_ms\thwm_kb\theap_live_kb\tscrub_p95\tscrub_mean"
                    + "\tstep_change_mean\tstep_change_p95\n");
            for (var byVariant : results.entrySet()) {
                for (var byPacing : byVariant.getValue().entrySet()) {
                    for (ChildResult r : byPacing.getValue()) {
                        raw.write(String.format(Locale.ROOT, "%s\t%s\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.2f\t%.2f\t%.2f\t%.2f%n",
                                byVariant.getKey(), byPacing.getKey(), r.number("spawn_to_frame_ms"),
                                r.number("spawn_to_ready_ms"),
                                r.number("jvm_to_frame_ms"), r.number("hwm_kb"), r.number("heap_live_kb"),
                                r.stats("scrub").p95(), r.stats("scrub").mean(), r.stats("step_change").mean(),
                                r.stats("step_change").p95()));
                    }
                }
            }
        }
    }

    /** Uses Xvfb on :99, starting it (and leaving it running) when nothing answers there. */
    private static void ensureDisplay() throws IOException, InterruptedException {
        if (displayAnswers()) {
            return;
        }
        System.out.println("bench: starting Xvfb " + DISPLAY);
        new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1600x900x24")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 50 && !displayAnswers(); i++) {
            Thread.sleep(100);
        }
        if (!displayAnswers()) {
            throw new IllegalStateException("Xvfb " + DISPLAY + " does not answer; is xvfb installed?");
        }
    }

    private static boolean displayAnswers() {
        return !Machine.run("xdpyinfo", "-display", DISPLAY).isEmpty();
    }
}
