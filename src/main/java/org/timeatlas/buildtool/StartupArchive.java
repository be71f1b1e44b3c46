package org.timeatlas.buildtool;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Makes the explorer's class-data-sharing archives at package time (docs/decisions/0009): a training run of the
 * jar opens the explorer off-screen ({@code --snapshot}) and lists every class it loads; the JVM then stores those
 * classes, parsed and verified, in an archive that later starts map in instead of reading and checking each
 * class again. Measured on the 2-core benchmark machine (docs/performance.md): the whole explorer is drawn about
 * 1 s sooner with the jar's archive (3.9 → 2.9 s), about 0.5 s sooner with javafx:run's.
 *
 * <p>Usage: {@code StartupArchive --jar JAR --options "JVM OPTIONS" --work DIR [--java JAVA]
 * [--class-list FILE] [--archive FILE] [--module-path-archive FILE --add-modules M,...]}
 * <ul>
 *   <li>{@code --archive}: for {@code java -XX:SharedArchiveFile=FILE -jar JAR} (the jar's documented command and
 *       the installer, whose runtime's {@code java} is given with {@code --java});</li>
 *   <li>{@code --module-path-archive}: the JDK's and JavaFX's classes only, for {@code mvn javafx:run}, which puts
 *       JavaFX on the module path (the JavaFX jars of this tool's class path) and the application's classes in
 *       a folder, which the JVM cannot archive;</li>
 *   <li>{@code --class-list}: a list made before (the installer reuses the jar's), else a training run makes one
 *       in {@code --work}. The training needs a display: on Linux without {@code DISPLAY} it runs under
 *       {@code xvfb-run} when installed, and is skipped otherwise.</li>
 * </ul>
 * An archive that cannot be made is reported in one line and the build goes on: the explorer starts without one,
 * only more slowly. An archive that does not match the JVM or the class path at start is ignored by the JVM.
 */
public final class StartupArchive {

    /** What the training run opens: the war's first full day, so the day-by-day views' classes are listed too. */
    static final List<String> TRAINING_ARGUMENTS = List.of("--date", "2008-08-09", "--snapshot");
    private static final long TRAINING_MINUTES = 3;

    private final String javaCommand;
    private final List<String> jvmOptions;
    private final Path work;

    /** Runs {@code javaCommand} (a java launcher) with {@code jvmOptions}, keeping its logs in {@code work}. */
    public StartupArchive(String javaCommand, List<String> jvmOptions, Path work) {
        this.javaCommand = javaCommand;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.work = work;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        Path jar = Path.of(required(options, "--jar"));
        StartupArchive maker = new StartupArchive(
                options.getOrDefault("--java", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                words(options.getOrDefault("--options", "")), Path.of(required(options, "--work")));
        Optional<Path> classList = options.containsKey("--class-list")
                ? given(Path.of(options.get("--class-list")))
                : maker.train(jar, System.getenv());
        if (classList.isEmpty()) {
            return;
        }
        if (options.containsKey("--archive")) {
            maker.dump(classList.get(), Path.of(options.get("--archive")), List.of("-cp", jar.toString()));
        }
        if (options.containsKey("--module-path-archive")) {
            maker.dump(classList.get(), Path.of(options.get("--module-path-archive")), List.of(
                    "--module-path", javafxModulePath(System.getProperty("java.class.path")),
                    "--add-modules", required(options, "--add-modules")));
        }
    }

    private static Optional<Path> given(Path classList) {
        if (!Files.isRegularFile(classList)) {
            report("no archive: no class list at " + classList + " (the jar's training run did not run)");
            return Optional.empty();
        }
        return Optional.of(classList);
    }

    /**
     * Runs the jar once as the training run and returns the list of the classes it loaded, or empty (saying why)
     * when it cannot run here or fails.
     */
    Optional<Path> train(Path jar, Map<String, String> environment) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path list = work.resolve("classes.lst");
        Files.deleteIfExists(list);
        Optional<List<String>> display = displayPrefix(environment, System.getProperty("os.name"),
                StartupArchive::onPath);
        if (display.isEmpty()) {
            report("no archive: the training run needs a display (set DISPLAY or install xvfb-run)");
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(display.get());
        command.add(javaCommand);
        command.addAll(jvmOptions);
        command.add("-XX:DumpLoadedClassList=" + list);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(TRAINING_ARGUMENTS);
        command.add(work.resolve("training.png").toString());
        if (!run(command, work.resolve("training.log")) || !Files.isRegularFile(list)) {
            report("no archive: the training run failed (see " + work.resolve("training.log") + ")");
            return Optional.empty();
        }
        return Optional.of(list);
    }

    /**
     * Stores the classes of {@code classList} that the JVM finds with {@code classPath} (its -cp or module path
     * options) in {@code archive}, written next to it first and moved in place only when complete.
     */
    public boolean dump(Path classList, Path archive, List<String> classPath) throws IOException, InterruptedException {
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        Files.deleteIfExists(partial);
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(jvmOptions);
        command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + partial));
        command.addAll(classPath);
        Path log = work.resolve(archive.getFileName() + ".log");
        Files.createDirectories(work);
        if (!run(command, log) || !Files.isRegularFile(partial)) {
            Files.deleteIfExists(partial);
            report("no archive " + archive + ": the JVM could not write it (see " + log + ")");
            return false;
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        report(String.format(Locale.ROOT, "%s (%.0f MB)", archive, Files.size(archive) / 1e6));
        return true;
    }

    /**
     * What to put before the training command so that it has a display: nothing on Windows, macOS or with
     * {@code DISPLAY} set, {@code xvfb-run -a} on another system that has it, else empty (no display).
     */
    static Optional<List<String>> displayPrefix(Map<String, String> environment, String osName,
                                                Predicate<String> installed) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean ownDisplay = os.startsWith("windows") || os.startsWith("mac");
        String display = environment.get("DISPLAY");
        if (ownDisplay || (display != null && !display.isBlank())) {
            return Optional.of(List.of());
        }
        return installed.test("xvfb-run") ? Optional.of(List.of("xvfb-run", "-a")) : Optional.empty();
    }

    /**
     * The module path the JavaFX Maven plugin gives {@code javafx:run}: the JavaFX jars of {@code classPath} (this
     * tool's own, the project's runtime class path) in name order. The JVM uses an archive only with the module
     * path it was made with, entry for entry.
     */
    static String javafxModulePath(String classPath) {
        return String.join(File.pathSeparator, Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().startsWith("javafx-"))
                .sorted().toList());
    }

    private static boolean run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TRAINING_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("startup archive: " + name + " is missing");
        }
        return value;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    private static void report(String line) {
        System.out.println("startup archive: " + line);
    }
}
