package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.ui.shell.StageWindowsLinks;

/**
 * The app needs no network: a snapshot of the whole explorer is made in a process that has no network at all
 * (a network namespace of its own, where the platform allows one), and only http(s) links are ever opened.
 */
class OfflineTest {

    @TempDir
    Path temp;

    @Test
    void aSnapshotOfTheWholeExplorerIsMadeWithoutAnyNetwork() throws Exception {
        assumeTrue(unshareWorks(), "this platform gives no network namespace (unshare -n): nothing to test here");
        Path shot = temp.resolve("offline.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of("unshare", "-n", java,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dtimeatlas.settings.dir=" + temp.resolve("settings"),
                "-cp", System.getProperty("java.class.path"), "org.timeatlas.Launcher",
                "--fresh", "--date", "2008-08-10", "--snapshot", shot.toString()))
                .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the snapshot finishes");
        String out = Files.readString(temp.resolve("out.txt"));
        assertEquals(0, process.exitValue(), out);
        assertTrue(Files.size(shot) > 10_000, "a picture of the explorer was written");
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void aSnapshotOfABrokenAtlasExitsOneWithItsProblemsAndWritesNothing() throws Exception {
        Path atlas = org.timeatlas.testing.BrokenAtlases.build("type-tags-object", temp.resolve("broken"));
        Path shot = temp.resolve("broken.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-cp", System.getProperty("java.class.path"), "org.timeatlas.Launcher",
                "--fresh", "--atlas", atlas.toString(), "--snapshot", shot.toString()))
                .redirectErrorStream(true).redirectOutput(temp.resolve("broken.txt").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "it ends, never hangs");
        String out = Files.readString(temp.resolve("broken.txt"));
        assertEquals(1, process.exitValue(), out);
        assertTrue(out.contains("no snapshot written") && out.contains("must be an array"), out);
        assertFalse(Files.exists(shot), "no picture of another atlas");
    }

    @Test
    void onlyWebAddressesAreOpenedOthersAreShownAsText() {
        assertTrue(StageWindowsLinks.opens("https://www.hrw.org/report/2009/01/23/flames"));
        assertTrue(StageWindowsLinks.opens("http://news.bbc.co.uk/2/hi/europe/7550804.stm"));
        assertFalse(StageWindowsLinks.opens("javascript:alert(1)"));
        assertFalse(StageWindowsLinks.opens("file:///etc/passwd"));
        assertFalse(StageWindowsLinks.opens("not a url at all"));
    }

    private static boolean unshareWorks() throws IOException, InterruptedException {
        try {
            Process probe = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException noUnshare) {
            return false;
        }
    }
}
