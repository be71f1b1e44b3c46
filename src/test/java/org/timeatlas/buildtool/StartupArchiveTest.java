package org.timeatlas.buildtool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path work;

    @Test
    void theTrainingRunGetsADisplayOrIsSkipped() {
        Map<String, String> none = Map.of();
        assertEquals(Optional.of(List.of()), StartupArchive.displayPrefix(none, "Windows 11", p -> false));
        assertEquals(Optional.of(List.of()), StartupArchive.displayPrefix(none, "Mac OS X", p -> false));
        assertEquals(Optional.of(List.of()), StartupArchive.displayPrefix(Map.of("DISPLAY", ":99"), "Linux", p -> false));
        assertEquals(Optional.of(List.of("xvfb-run", "-a")),
                StartupArchive.displayPrefix(Map.of("DISPLAY", " "), "Linux", "xvfb-run"::equals));
        assertEquals(Optional.empty(), StartupArchive.displayPrefix(none, "Linux", p -> false));
    }

    @Test
    void theModulePathIsJavaFxsJarsInNameOrderAsTheJavaFxPluginGivesThem() {
        String s = File.pathSeparator;
        String classPath = String.join(s, "/repo/javafx-graphics-21.jar", "/work/target/classes",
                "/repo/jackson-core-2.18.jar", "/repo/javafx-base-21-linux.jar", "/repo/javafx-base-21.jar");
        assertEquals(String.join(s, "/repo/javafx-base-21-linux.jar", "/repo/javafx-base-21.jar",
                "/repo/javafx-graphics-21.jar"), StartupArchive.javafxModulePath(classPath));
    }

    @Test
    void anArchiveIsWrittenWholeAndTheJvmStartsWithIt() throws Exception {
        Path classList = Files.writeString(work.resolve("classes.lst"), "java/lang/Object\njava/util/ArrayList\n");
        Path archive = work.resolve("out.jsa");
        StartupArchive maker = new StartupArchive(JAVA, List.of("-XX:+UseSerialGC"), work);

        assertTrue(maker.dump(classList, archive, List.of()));

        assertTrue(Files.size(archive) > 0);
        assertFalse(Files.exists(work.resolve("out.jsa.part")));
        // -Xshare:on makes the JVM refuse to start with an archive it cannot use
        Process check = new ProcessBuilder(JAVA, "-XX:+UseSerialGC", "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-version").redirectErrorStream(true).start();
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), new String(check.getInputStream().readAllBytes()));
    }

    @Test
    void aDumpThatFailsLeavesNoFileAndKeepsAnOlderArchive() throws IOException, InterruptedException {
        Path classList = Files.writeString(work.resolve("classes.lst"), "java/lang/Object\n");
        Path archive = Files.writeString(work.resolve("old.jsa"), "the archive of the last build");
        StartupArchive maker = new StartupArchive(JAVA, List.of("-XX:NoSuchOption"), work);

        assertFalse(maker.dump(classList, archive, List.of()));

        assertEquals("the archive of the last build", Files.readString(archive));
        assertFalse(Files.exists(work.resolve("old.jsa.part")));
        assertTrue(Files.readString(work.resolve("old.jsa.log")).contains("NoSuchOption"));
    }
}
