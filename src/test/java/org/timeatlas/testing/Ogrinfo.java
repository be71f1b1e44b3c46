package org.timeatlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GDAL's {@code ogrinfo}, the reader most GIS tools (QGIS among them) open files with. Tests that use it
 * skip, saying why, where GDAL is not installed ({@code apt-get install gdal-bin}).
 */
public final class Ogrinfo {

    /** Why tests that need ogrinfo skip when it is missing. */
    public static final String MISSING = "GDAL's ogrinfo is not installed (apt-get install gdal-bin): "
            + "exports are not opened with GDAL in this run";
    private static Boolean available;

    private Ogrinfo() {
    }

    /** Whether {@code ogrinfo --version} runs. */
    public static synchronized boolean available() {
        if (available == null) {
            try {
                available = run(List.of("ogrinfo", "--version")).exit() == 0;
            } catch (UncheckedIOException e) {
                available = false;
            }
        }
        return available;
    }

    /** {@code ogrinfo -ro -al -so [options] FILE}: the summary of every layer (driver, count, fields and types). */
    public static Result summary(Path file, String... openOptions) {
        List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "-al", "-so"));
        for (String option : openOptions) {
            command.add("-oo");
            command.add(option);
        }
        command.add(file.toString());
        return run(command);
    }

    /** {@code ogrinfo -ro -al -q FILE}: every feature with its fields and geometry. */
    public static Result features(Path file) {
        return run(List.of("ogrinfo", "-ro", "-al", "-q", file.toString()));
    }

    private static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 60 s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What ogrinfo printed (standard output and error together) and its exit code. */
    public record Result(int exit, String output) {

        /** The driver named in "using driver `X' successful". */
        public String driver() {
            return first("using driver `([^']+)' successful");
        }

        /** The first layer's "Feature Count: N". */
        public int featureCount() {
            return Integer.parseInt(first("Feature Count: (\\d+)"));
        }

        /** The type GDAL gave a field: {@code Integer}, {@code Integer(Boolean)}, {@code Real}, {@code String}, {@code Date}… */
        public String fieldType(String field) {
            return first("(?m)^" + Pattern.quote(field) + ": ([A-Za-z]+(?:\\(\\w+\\))?) \\(");
        }

        /** The output lines that matter in a report: driver, layer, geometry, count and every field's type. */
        public List<String> keyLines() {
            return output.lines().filter(line -> line.matches("(?:Layer name|Geometry|Feature Count): .*")
                    || line.matches("\\w+: [A-Za-z]+(\\(\\w+\\))? \\(.*\\)") || line.contains("using driver")).toList();
        }

        private String first(String regex) {
            Matcher matcher = Pattern.compile(regex).matcher(output);
            if (!matcher.find()) {
                throw new AssertionError("ogrinfo printed no match for " + regex + ":\n" + output);
            }
            return matcher.group(1);
        }
    }
}
