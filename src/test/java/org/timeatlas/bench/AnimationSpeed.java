package org.timeatlas.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.output.animation.AnimationSpec;
import org.timeatlas.output.animation.FramePlan;
import org.timeatlas.output.animation.FrameStep;
import org.timeatlas.ui.animation.AnimateCommand;
import org.timeatlas.ui.map.MapFeature;

/**
 * The animation export's speed (issue 11: at least 15 frames a second at 1280×720, drawing and encoding in one
 * process): a fresh child JVM with the explorer's options writes August 2008 in 6-hour steps (121 frames) of the
 * embedded atlas as GIF and as MP4, the way {@code --animate} does, on the normal Prism pipeline under Xvfb.
 * Figures: frames a second (wall clock, from the first frame drawn to the file in place) and the process's CPU
 * time a frame (which the machine's other load does not inflate). The part of {@code docs/performance.md}
 * between the {@code bench:animation} comments is rewritten.
 *
 * <p>Alone: {@code java -cp target/test-classes:target/classes:<runtime class path> org.timeatlas.bench.AnimationSpeed
 * [--repeats N] [--jvm-options "..."]} (DISPLAY :99 as for the rest of the benchmark).</p>
 */
public final class AnimationSpeed {

    static final String BEGIN = "<!-- bench:animation:begin (written by org.timeatlas.bench.AnimationSpeed) -->";
    static final String END = "<!-- bench:animation:end -->";
    private static final String RESULT = "ANIMATION-RESULT ";
    private static final Pattern FIGURES = Pattern.compile("fps=([0-9.]+) cpu_ms=([0-9.]+) frames=([0-9]+) bytes=([0-9]+)");
    private static final String FROM = "2008-08-01T00:00";
    private static final String TO = "2008-08-31T00:00";

    private AnimationSpeed() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        int repeats = 3;
        List<String> jvmOptions = List.of();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
                case "--jvm-options" -> jvmOptions = List.of(args[i + 1].trim().split("\\s+"));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        measure(Path.of("docs", "performance.md"), PerformanceBenchmark.DISPLAY, jvmOptions, repeats);
    }

    /** Runs the children {@code repeats} times for each format and writes the medians into {@code report}. */
    static void measure(Path report, String display, List<String> jvmOptions, int repeats)
            throws IOException, InterruptedException {
        Path out = Path.of("target", "bench").toAbsolutePath();
        Files.createDirectories(out);
        List<String> rows = new ArrayList<>();
        String loadBefore = Machine.loadAverage();
        for (String format : List.of("gif", "mp4")) {
            List<Double> rates = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            long bytes = 0;
            for (int repeat = 1; repeat <= repeats; repeat++) {
                Matcher figures = runChild(out.resolve("august-2008." + format), display, jvmOptions);
                if (figures == null) {
                    System.out.println("bench: animation " + format + " run " + repeat + " FAILED");
                    continue;
                }
                rates.add(Double.parseDouble(figures.group(1)));
                cpu.add(Double.parseDouble(figures.group(2)));
                bytes = Long.parseLong(figures.group(4));
                System.out.printf(Locale.ROOT, "bench: animation %s run %d: %s frames/s, %s ms CPU a frame%n", format,
                        repeat, figures.group(1), figures.group(2));
            }
            rows.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f ms | %.0f ms | %s | %.1f MB |",
                    format.toUpperCase(Locale.ROOT), rates.size(), Stats.median(rates), 1000 / Stats.median(rates),
                    Stats.median(cpu), Stats.median(rates) >= 15 ? "**pass**" : "**miss**", bytes / 1e6));
        }
        List<String> block = new ArrayList<>(List.of(BEGIN, "",
                String.format(Locale.ROOT, "Last run: %s, %d runs per format (medians), 1-min load before: %s. "
                        + "August 2008 in 6-hour steps, 121 frames of 1280×720, embedded atlas, drawn and encoded "
                        + "in one process as `--animate` does it, with the explorer's JVM options.",
                        LocalDateTime.now().withSecond(0).withNano(0).toString().replace('T', ' '), repeats,
                        loadBefore.split(" ")[0]), "",
                "| format | runs | frames a second (goal ≥ 15) | wall time a frame | CPU time a frame (both threads) | result | file |",
                "| --- | ---: | ---: | ---: | ---: | --- | ---: |"));
        block.addAll(rows);
        block.addAll(List.of("", END));
        String text = Files.readString(report);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String joined = String.join("\n", block);
        text = begin >= 0 && end > begin ? text.substring(0, begin) + joined + text.substring(end + END.length())
                : text + "\n## Animation export\n\n" + joined + "\n";
        Files.writeString(report, text);
        System.out.println("bench: wrote the animation figures into " + report);
    }

    private static Matcher runChild(Path file, String display, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AnimationSpeed.class.getName(), "--child",
                file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(300, TimeUnit.SECONDS) || child.exitValue() != 0) {
            System.out.println(output);
            return null;
        }
        for (String line : output.split("\n")) {
            if (line.startsWith(RESULT)) {
                Matcher figures = FIGURES.matcher(line);
                if (figures.find()) {
                    return figures;
                }
            }
        }
        System.out.println(output);
        return null;
    }

    /** In the child: writes the animation and prints its figures. */
    private static void child(Path file) throws Exception {
        Atlas atlas = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();
        Platform.startup(() -> { });
        AnimationSpec spec = new AnimationSpec(file, new FramePlan(LocalDateTime.parse(FROM), LocalDateTime.parse(TO),
                FrameStep.parse("6h").orElseThrow()), 1280, 720, 4);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        long cpuBefore = processCpuNanos();
        int exit = new AnimateCommand(new PrintStream(said, true, StandardCharsets.UTF_8), System.err)
                .run(atlas, () -> List.of(new MapFeature()), spec, "en");
        long cpu = processCpuNanos() - cpuBefore;
        String line = said.toString(StandardCharsets.UTF_8);
        System.out.print(line);
        Matcher rate = Pattern.compile("; ([0-9.]+) frames drawn").matcher(line);
        if (exit != 0 || !rate.find()) {
            System.exit(1);
        }
        int frames = spec.plan().moments().size();
        System.out.printf(Locale.ROOT, "%sfps=%s cpu_ms=%.1f frames=%d bytes=%d%n", RESULT, rate.group(1),
                cpu / 1e6 / frames, frames, Files.size(file));
        System.exit(0);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
