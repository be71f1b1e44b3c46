package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeatlas.atlas.io.Limits;
import org.timeatlas.testing.BrokenAtlases;
import org.timeatlas.testing.TestAtlases;

/**
 * Every broken atlas gives exit 1 from {@code --validate}, with each problem as {@code file:line:col: message},
 * no stack trace, within 10 s: the corpus of src/test/resources/broken in this JVM, and the huge inputs made at
 * test time in a child JVM limited to 256 MB of heap. Pipes and links are made at test time too. The 10 s are
 * CPU time (on a machine busy with other work the clock runs slower than the check); a wall-clock guard of
 * {@link #HANG} catches anything that waits.
 */
class BrokenAtlasCorpusTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final String CPU_PREFIX = "validate-cpu-ms=";
    private static final Pattern PROBLEM = Pattern.compile("[^:\\s][^:]*:\\d+:\\d+: \\S.*");

    @TempDir
    Path temp;

    static Stream<String> corpus() {
        return BrokenAtlases.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCaseOfTheCorpusIsRefusedWithItsProblemsInPlace(String name) {
        Path atlas = BrokenAtlases.build(name, temp.resolve(name));
        Outcome outcome = assertTimeoutPreemptively(HANG, () -> validateHere(atlas));
        assertRefused(outcome, atlas);
        for (String expected : BrokenAtlases.expected(name)) {
            assertTrue(outcome.lines().contains(expected), () -> "expected \"" + expected + "\" in\n" + outcome.out());
        }
    }

    @Test
    void theCorpusHasACaseForEachKindOfFault() {
        List<String> cases = BrokenAtlases.cases();
        for (String kind : List.of("type-", "limit-", "ref-", "proj-", "geometry-", "id-", "duplicate-key", "utf8-",
                "utf16", "zero-length", "end-equals-start", "terminal-escape", "numeric-")) {
            assertTrue(cases.stream().anyMatch(c -> c.startsWith(kind) || c.contains(kind)), kind);
        }
        assertTrue(cases.size() >= 60, cases.size() + " cases");
    }

    // --- made at test time: too large to commit ---

    @Test
    void aFiftyMillionElementArrayIsRefusedBySizeWithinTheHeapAndTime() throws Exception {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("array"));
        BrokenAtlases.arrayOfZeros(atlas.resolve("events/huge.json"), 50_000_000L);
        Outcome outcome = validateInChildJvm(atlas);
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("events/huge.json:1:1: \"events/huge.json\" is 95.4 MB; a file of an atlas may"
                + " have at most 16 MB"), outcome.out());
    }

    @Test
    void aTwoHundredMegabyteStringIsRefusedBySizeWithinTheHeapAndTime() throws Exception {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("string"));
        BrokenAtlases.withLongString(atlas.resolve("eras.json"), "[{\"id\": \"long\", \"name\": {\"en\": ", 200L << 20,
                "}}]");
        Outcome outcome = validateInChildJvm(atlas);
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("eras.json:1:1: \"eras.json\" is 200.0 MB"), outcome.out());
    }

    @Test
    void aStringLongerThanTheLimitIsRefusedAtItsPlace() {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("long-string"));
        BrokenAtlases.withLongString(atlas.resolve("eras.json"), "[\n{\"id\": \"long\", \"name\": {\"en\": ",
                Limits.STRING_CHARS + 1L, "}}]");
        Outcome outcome = assertTimeoutPreemptively(HANG, () -> validateHere(atlas));
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("eras.json:2:31: a string longer than 1000000 characters"), outcome.out());
    }

    @Test
    void moreValuesThanTheLimitAreRefusedWithinTheHeapAndTime() throws Exception {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("values"));
        BrokenAtlases.arrayOfZeros(atlas.resolve("events/many.json"), Limits.VALUES_PER_FILE + 10L);
        Outcome outcome = validateInChildJvm(atlas);
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("events/many.json:1:1000000: the file has more than 500000 values"), outcome.out());
    }

    @Test
    void millionsOfProblemsAreCountedNotListedWithinTheHeapAndTime() throws Exception {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("problems"));
        BrokenAtlases.arrayOfZeros(atlas.resolve("events/many.json"), Limits.VALUES_PER_FILE - 10L);
        Outcome outcome = validateInChildJvm(atlas);
        assertRefused(outcome, atlas);
        assertTrue(outcome.lines().size() <= Limits.PROBLEMS + 2, outcome.lines().size() + " lines");
        assertTrue(outcome.out().contains("more problem(s) from here on are not listed"), outcome.out());
    }

    @Test
    void morePositionsThanTheLimitAreRefusedWithinTheHeapAndTime() throws Exception {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("positions"));
        StringBuilder layers = new StringBuilder("{\"file\": \"base/sea.geojson\", \"role\": \"sea\"}");
        for (String river : List.of("a", "b", "c")) {
            BrokenAtlases.longRiver(atlas.resolve("base/river-" + river + ".geojson"), 400_000);
            layers.append(", {\"file\": \"base/river-").append(river).append(".geojson\", \"role\": \"river\"}");
        }
        TestAtlases.edit(atlas, "atlas.json", "\"base\": [ {\"file\": \"base/sea.geojson\", \"role\": \"sea\"} ]",
                "\"base\": [ " + layers + " ]");
        Outcome outcome = validateInChildJvm(atlas);
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("base/river-c.geojson:2:13: the atlas's GeoJSON files have more than 1000000"
                + " positions"), outcome.out());
    }

    @Test
    void anAtlasLargerThanTheTotalLimitIsRefusedWithinTheHeapAndTime() throws Exception {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("total"));
        String oneMegabyteText = "{\"en\": \"" + "x".repeat(Limits.STRING_CHARS - 10) + "\"}";
        for (int file = 0; file < 3; file++) {
            try (var out = Files.newBufferedWriter(atlas.resolve("sources/big-" + file + ".json"))) {
                out.write("[");
                for (int i = 0; i < 14; i++) {
                    out.write((i == 0 ? "" : ",") + "{\"note\": " + oneMegabyteText + "}");
                }
                out.write("]");
            }
        }
        Outcome outcome = validateInChildJvm(atlas);
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("sources/big-2.json:1:1: the atlas's files together are larger than 32 MB"),
                outcome.out());
        assertEquals(1, outcome.out().lines().filter(line -> line.contains("together are larger")).count(),
                "said once, at the file that went past the limit");
    }

    // --- made at test time: pipes and links ---

    @Test
    void aPipeAsABaseLayerIsRefusedWithoutOpeningIt() throws IOException {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("fifo"));
        Files.delete(atlas.resolve("base/sea.geojson"));
        assumeTrue(BrokenAtlases.fifo(atlas.resolve("base/sea.geojson")), "no mkfifo here");
        Outcome outcome = assertTimeoutPreemptively(HANG, () -> validateHere(atlas));
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("atlas.json:15:22: base layer: \"file\": \"base/sea.geojson\" is not a regular"
                + " file (a device, pipe or socket)"), outcome.out());
    }

    @Test
    void aPipeAmongTheEventsFilesIsRefusedWithoutOpeningIt() {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("fifo-events"));
        assumeTrue(BrokenAtlases.fifo(atlas.resolve("events/pipe.json")), "no mkfifo here");
        Outcome outcome = assertTimeoutPreemptively(HANG, () -> validateHere(atlas));
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("events/pipe.json:1:1: \"events/pipe.json\" is not a regular file"), outcome.out());
    }

    @Test
    void aLinkToDevZeroIsRefusedWithoutReadingIt() throws IOException {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("zero"));
        Files.delete(atlas.resolve("base/sea.geojson"));
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Files.createSymbolicLink(atlas.resolve("base/sea.geojson"), Path.of("/dev/zero"));
        Outcome outcome = assertTimeoutPreemptively(HANG, () -> validateHere(atlas));
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("\"base/sea.geojson\" is a link that leads out of the atlas folder"), outcome.out());
    }

    @Test
    void aLinkLeavingTheFolderIsRefusedAndNothingOutsideIsReadOrEchoed() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.geojson"), "SECRET-TOKEN {\"type\": \"FeatureCollection\"}");
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("outside"));
        Files.delete(atlas.resolve("base/sea.geojson"));
        Files.createSymbolicLink(atlas.resolve("base/sea.geojson"), secret);
        Files.createSymbolicLink(atlas.resolve("events/outside.json"), secret);
        Outcome outcome = assertTimeoutPreemptively(HANG, () -> validateHere(atlas));
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("atlas.json:15:22: base layer: \"file\": \"base/sea.geojson\" is a link that"
                + " leads out of the atlas folder"), outcome.out());
        assertTrue(outcome.out().contains("events/outside.json:1:1: \"events/outside.json\" is a link that leads out"),
                outcome.out());
        assertFalse(outcome.out().contains("SECRET") || outcome.err().contains("SECRET"), outcome.out());
    }

    @Test
    void anEventsFolderLinkedOutsideIsRefused() throws IOException {
        Path outside = TestAtlases.copyOfIslands(temp.resolve("elsewhere")).resolve("events");
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("linked-folder"));
        try (Stream<Path> events = Files.list(atlas.resolve("events"))) {
            for (Path file : events.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(atlas.resolve("events"));
        Files.createSymbolicLink(atlas.resolve("events"), outside);
        Outcome outcome = assertTimeoutPreemptively(HANG, () -> validateHere(atlas));
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("events/:1:1: the folder is a link that leads out of the atlas folder"),
                outcome.out());
    }

    @Test
    void aLinkToNothingIsReportedAsSuch() throws IOException {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("dangling"));
        Files.delete(atlas.resolve("eras.json"));
        Files.createSymbolicLink(atlas.resolve("eras.json"), atlas.resolve("no-such-file.json"));
        Outcome outcome = assertTimeoutPreemptively(HANG, () -> validateHere(atlas));
        assertRefused(outcome, atlas);
        assertTrue(outcome.out().contains("eras.json:1:1: \"eras.json\" is a link to nothing"), outcome.out());
    }

    // --- running --validate ---

    /** What one run of {@code --validate} printed and returned, and how long it took. */
    record Outcome(int exit, String out, String err, Duration took) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Outcome validateHere(Path atlas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        int exit = Launcher.run(new String[] {"--validate", atlas.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                Duration.ofNanos(threads.getCurrentThreadCpuTime() - started));
    }

    /** The child JVM: {@code --validate} as the jar runs it, then the CPU time the whole process used, on stderr. */
    static final class Child {
        public static void main(String[] args) {
            int exit = Launcher.run(args, System.out, System.err);
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            System.err.println(CPU_PREFIX + cpu / 1_000_000);
            System.exit(exit);
        }
    }

    /** Runs {@code --validate} as the jar would, in a JVM with 256 MB of heap. */
    private static Outcome validateInChildJvm(Path atlas) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                "--validate", atlas.toString()));
        Path out = Files.createTempFile(atlas.getParent(), "out", ".txt");
        Path err = Files.createTempFile(atlas.getParent(), "err", ".txt");
        long started = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!child.waitFor(HANG.toSeconds(), TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("--validate did not finish within " + HANG);
        }
        List<String> errLines = Files.readAllLines(err);
        String cpu = errLines.stream().filter(line -> line.startsWith(CPU_PREFIX)).findFirst()
                .orElseThrow(() -> new AssertionError("the child did not finish: " + errLines));
        String otherErr = String.join("\n", errLines.stream().filter(line -> !line.startsWith(CPU_PREFIX)).toList());
        Outcome outcome = new Outcome(child.exitValue(), Files.readString(out), otherErr,
                Duration.ofMillis(Long.parseLong(cpu.substring(CPU_PREFIX.length()))));
        System.out.printf("BrokenAtlasCorpusTest: --validate %s in a 256 MB JVM: %d ms CPU, %d ms on the clock%n",
                atlas.getFileName(), outcome.took().toMillis(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return outcome;
    }

    private static void assertRefused(Outcome outcome, Path atlas) {
        String all = outcome.out() + outcome.err();
        assertEquals(1, outcome.exit(), all);
        assertTrue(outcome.took().compareTo(LIMIT) < 0, "took " + outcome.took() + " of CPU time");
        List<String> lines = outcome.lines();
        assertTrue(lines.size() >= 2, all);
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.startsWith(atlas.toString() + ": ") && summary.endsWith("problem(s)"), summary);
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(PROBLEM.matcher(line).matches(), () -> "not file:line:col: message: " + line);
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)), () -> "unsafe: " + line);
        }
        for (String trace : List.of("Exception", "\tat ", "Error:", "java.lang.", "com.fasterxml")) {
            assertFalse(all.contains(trace), () -> "stack trace or internals (" + trace + "): " + all);
        }
        assertTrue(outcome.err().isBlank(), outcome.err());
    }
}
