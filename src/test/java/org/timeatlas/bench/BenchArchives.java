package org.timeatlas.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.timeatlas.buildtool.StartupArchive;

/**
 * The class-data archives of the benchmark's "with an archive" children, made as {@link StartupArchive} makes the
 * jar's: a training run of the child lists the classes it loads, and the JVM stores them. The JVM archives classes
 * from jars only, so the children with an archive run the benchmark's own classes from one jar
 * ({@code target/bench/archive/bench.jar}) and the libraries from their jars.
 */
final class BenchArchives {

    private final Path folder = Path.of("target", "bench", "archive").toAbsolutePath();
    private final String java;
    private final List<String> jvmOptions;
    private String classPath;

    BenchArchives(String java, List<String> jvmOptions) {
        this.java = java;
        this.jvmOptions = jvmOptions;
    }

    /** Packs the class folders of {@code harnessClassPath} into one jar; the class path of the children with an archive. */
    String classPath(String harnessClassPath) throws IOException {
        if (classPath != null) {
            return classPath;
        }
        Files.createDirectories(folder);
        Path jar = folder.resolve("bench.jar");
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        Set<String> added = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : harnessClassPath.split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    pack(path, out, added);
                } else if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
        }
        classPath = String.join(File.pathSeparator, entries);
        return classPath;
    }

    /**
     * Trains the child of {@code mode} ("bare" or "app") once on {@code display} and returns its archive, or null
     * (saying why) when the training or the dump fails.
     */
    Path make(String mode, String size, String display) throws IOException, InterruptedException {
        Path list = folder.resolve(mode + "-classes.lst");
        Files.deleteIfExists(list);
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.add("-XX:DumpLoadedClassList=" + list);
        command.addAll(List.of("-cp", classPath, "org.timeatlas.BenchmarkApp", mode, "--size", size));
        ProcessBuilder training = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(mode + "-training.log").toFile());
        training.environment().put("DISPLAY", display);
        Process process = training.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.isRegularFile(list)) {
            process.destroyForcibly();
            System.out.println("bench: no archive for " + mode + ": its training run failed (see "
                    + folder.resolve(mode + "-training.log") + ")");
            return null;
        }
        Path archive = folder.resolve(mode + ".jsa");
        boolean made = new StartupArchive(java, jvmOptions, folder).dump(list, archive, List.of("-cp", classPath));
        return made ? archive : null;
    }

    /** Adds the files of {@code root} not added before: the first folder on the class path wins, as in Java. */
    private static void pack(Path root, JarOutputStream out, Set<String> added) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace(File.separatorChar, '/');
                if (added.add(name)) {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
    }
}
