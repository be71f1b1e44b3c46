package org.timeatlas.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL, {@code Process.destroyForcibly()}) a child JVM that saves settings in a tight loop, 50 times
 * at random moments; after each kill the file must be exactly one of the two contents the child alternates.
 * A kill leaves the page cache intact, so this checks the temporary file and rename protocol, not what a
 * power cut does to a disk.
 */
class SettingsCrashTest {

    private static final int KILLS = 50;

    @TempDir
    Path folder;

    @Test
    void killingTheJvmWhileItSavesLeavesTheOldOrTheNewFileNeverAPartOne() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        byte[] first = SettingsCodec.encode(SaveLoop.first());
        byte[] second = SettingsCodec.encode(SaveLoop.second());
        Path file = folder.resolve(SettingsStore.FILE_NAME);
        int firstSeen = 0;
        int secondSeen = 0;
        int killedMidWrite = 0;
        Process child = null;
        Process next = startSaveLoop();
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                child = next;
                awaitLine(child, SaveLoop.WARM);
                go(child);
                // the next child starts its JVM while this one saves; it touches no file before its "go"
                next = kill < KILLS ? startSaveLoop() : null;
                awaitLine(child, SaveLoop.READY);
                Thread.sleep(random.nextInt(120));
                String where = "kill " + kill + " of " + KILLS + " (seed " + seed + ")";
                assertTrue(child.isAlive(), where + ": the child stopped by itself");
                child.destroyForcibly();
                assertTrue(child.waitFor(20, TimeUnit.SECONDS), where + ": the child did not die");

                if (!temporaryFiles().isEmpty()) {
                    killedMidWrite++;
                }
                assertTrue(Files.isRegularFile(file), where + ": settings.json is missing");
                byte[] left = Files.readAllBytes(file);
                if (Arrays.equals(left, first)) {
                    firstSeen++;
                } else if (Arrays.equals(left, second)) {
                    secondSeen++;
                } else {
                    fail(where + ": settings.json is neither content (" + left.length + " bytes):\n"
                            + new String(left, StandardCharsets.UTF_8));
                }
                LoadedSettings loaded = new SettingsStore(folder).load();
                assertEquals(Optional.empty(), loaded.warning(), where);
                assertTrue(loaded.settings().equals(SaveLoop.first()) || loaded.settings().equals(SaveLoop.second()), where);
                assertEquals(List.of(), temporaryFiles(), where + ": load left a killed save's temporary file");
            }
        } finally {
            for (Process left : new Process[] {child, next}) {
                if (left != null) {
                    left.destroyForcibly();
                }
            }
        }
        System.out.printf("settings crash test: %d kills, file held the first content %d times, the second %d; "
                + "%d kills left a temporary file (killed mid-write)%n", KILLS, firstSeen, secondSeen, killedMidWrite);
        assertTrue(firstSeen > 0 && secondSeen > 0, "the kills never caught one of the two contents (seed " + seed + ")");
        assertTrue(killedMidWrite > 0, "no kill landed while a temporary file was being written (seed " + seed + ")");
    }

    private Process startSaveLoop() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                folder.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static void go(Process child) throws IOException {
        child.getOutputStream().write('\n');
        child.getOutputStream().flush();
    }

    /** Waits for the child to print {@code expected}; fails with what it printed otherwise. */
    private static void awaitLine(Process child, String expected) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String next = readLine(child); next != null; next = readLine(child)) {
                    if (next.equals(expected)) {
                        return expected;
                    }
                    seen.append(next).append('\n');
                }
                return seen.toString();
            } catch (IOException e) {
                return e.toString();
            }
        });
        String said;
        try {
            said = line.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            child.destroyForcibly();
            throw new AssertionError("the child did not print \"" + expected + "\" in 60 s");
        }
        if (!said.equals(expected)) {
            child.destroyForcibly();
            fail("the child failed before printing \"" + expected + "\":\n" + said);
        }
    }

    /** One line of the child's output, read byte by byte so that no reader buffers past it. */
    private static String readLine(Process child) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = child.getInputStream().read(); b != -1; b = child.getInputStream().read()) {
            if (b == '\n') {
                return line.toString();
            }
            line.append((char) b);
        }
        return line.length() == 0 ? null : line.toString();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
