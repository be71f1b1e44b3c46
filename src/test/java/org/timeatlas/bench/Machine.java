package org.timeatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A description of the machine the benchmark ran on, for the report. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe(String display, String pipeline) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("CPU", firstValue(Path.of("/proc/cpuinfo"), "model name") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores visible to the JVM");
        facts.put("RAM", String.format("%.1f GiB", kb(firstValue(Path.of("/proc/meminfo"), "MemTotal")) / 1024.0 / 1024.0));
        facts.put("OS", osName() + ", kernel " + System.getProperty("os.version"));
        facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("JavaFX", javafxVersion());
        facts.put("Display", "Xvfb " + display + " (" + run("xdpyinfo", "-display", display).lines()
                .filter(l -> l.contains("dimensions:")).findFirst().orElse("?").replace("dimensions:", "").trim() + "), "
                + "JavaFX picked the " + pipeline + " (its es2 pipeline refuses Xvfb's software GL)");
        facts.put("Load before the run", loadAverage());
        return facts;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String javafxVersion() {
        try (var in = Machine.class.getResourceAsStream("/com/sun/javafx/runtime/resources/version.properties")) {
            if (in != null) {
                var properties = new java.util.Properties();
                properties.load(in);
                return properties.getProperty("release", "?");
            }
        } catch (IOException ignored) {
            // fall through
        }
        try {
            return (String) Class.forName("com.sun.javafx.runtime.VersionInfo").getMethod("getRuntimeVersion").invoke(null);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    private static String osName() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring(12).replace("\"", "")).findFirst().orElse(System.getProperty("os.name"));
        } catch (IOException e) {
            return System.getProperty("os.name");
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static long kb(String value) {
        return Long.parseLong(value.replaceAll("[^0-9]", ""));
    }

    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor(10, TimeUnit.SECONDS);
            return process.exitValue() == 0 ? out : "";
        } catch (IOException | InterruptedException | IllegalThreadStateException e) {
            return "";
        }
    }
}
