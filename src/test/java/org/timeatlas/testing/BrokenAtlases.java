package org.timeatlas.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus of broken atlases in src/test/resources/broken (each the islands atlas with one defect, stored as
 * the files that differ, with {@code defect.txt} saying what is wrong and {@code expected.txt} the problem lines
 * {@code --validate} prints), and generators of the inputs too large, or too special (pipes, links), to commit.
 */
public final class BrokenAtlases {

    /** Files of a corpus case that describe it rather than belong to the atlas. */
    public static final List<String> DESCRIPTION = List.of("defect.txt", "expected.txt");

    private BrokenAtlases() {
    }

    public static Path corpus() {
        try {
            return Path.of(BrokenAtlases.class.getResource("/broken").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the corpus cases, sorted. */
    public static List<String> cases() {
        try (Stream<Path> cases = Files.list(corpus())) {
            return cases.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The islands atlas with the files of case {@code name} laid over it, in {@code target}. */
    public static Path build(String name, Path target) {
        Path atlas = TestAtlases.copyOfIslands(target);
        Path overlay = corpus().resolve(name);
        try (Stream<Path> files = Files.walk(overlay)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = overlay.relativize(file).toString();
                if (!DESCRIPTION.contains(relative)) {
                    Path copy = atlas.resolve(relative);
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return atlas;
    }

    /** The lines {@code --validate} must print for case {@code name}. */
    public static List<String> expected(String name) {
        try {
            return Files.readAllLines(corpus().resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code file} as a JSON array of {@code count} zeros, streaming (50 million make 100 MB). */
    public static void arrayOfZeros(Path file, long count) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write('[');
            byte[] item = {'0', ','};
            for (long i = 0; i < count; i++) {
                out.write(item, 0, i == count - 1 ? 1 : 2);
            }
            out.write(']');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code file} as {@code prefix}, then a JSON string of {@code length} letters, then {@code suffix}
     * (200 MB strings are written in pieces, never held in memory).
     */
    public static void withLongString(Path file, String prefix, long length, String suffix) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            out.write('"');
            byte[] chunk = "abcdefghij".repeat(6554).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < length; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, length - written));
            }
            out.write('"');
            out.write(suffix.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a GeoJSON FeatureCollection with one LineString of {@code positions} positions inside the islands' home. */
    public static void longRiver(Path file, int positions) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {},\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("\"geometry\": {\"type\": \"LineString\", \"coordinates\": [".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < positions; i++) {
                String position = String.format(java.util.Locale.ROOT, "%s[%.6f,%.6f]", i == 0 ? "" : ",",
                        10 + 2.0 * i / positions, 0.5 + 0.3 * Math.sin(i / 50.0));
                out.write(position.getBytes(StandardCharsets.US_ASCII));
            }
            out.write("]}}]}\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a named pipe with {@code mkfifo}; false where the platform has none. */
    public static boolean fifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor() == 0 && Files.exists(path) && !Files.isRegularFile(path);
        } catch (IOException noMkfifo) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
