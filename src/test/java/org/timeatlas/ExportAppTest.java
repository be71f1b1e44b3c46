package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.util.Subscription;
import javax.imageio.ImageIO;
import org.controlsfx.control.TaskProgressView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.feature.ExportChooser;
import org.timeatlas.ui.export.ExportFeature;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.shell.BackgroundJobs;

/**
 * Every File → Export item run in the real explorer into a temporary folder, the save dialog replaced by a choice
 * made in the test: the files are complete and readable; a target that cannot be written gives one message and
 * no file; Cancel leaves nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ExportAppTest {

    private Path target;
    private final App app = new App(scale -> App.features(scale).stream()
            .map(feature -> feature instanceof ExportFeature
                    ? (ExplorerFeature) new ExportFeature((context, owner) -> chooser()) : feature)
            .toList());
    private final Path folder = createFolder();

    @Start
    void start(Stage stage) {
        app.open(stage, LaunchOptions.parse("--atlas", TestAtlases.islandsFolder().toString(),
                "--date", "2000-06-01", "--size", "1280x800", "--fresh"));
        stage.show();
    }

    @AfterEach
    void clean() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void everyExportIsInTheFileMenusExportSubmenu() {
        List<Command> exports = app.explorer().context().commands().commands().stream()
                .filter(c -> c.id().startsWith("file.export.")).toList();
        // events ×3, territories, two pictures, two handouts, and the animation (from its own feature)
        assertEquals(java.util.Set.of("file.export.csv", "file.export.geojson", "file.export.kml",
                "file.export.territories", "file.export.picture", "file.export.picture.hd", "file.export.handout",
                "file.export.handout.tour", "file.export.animation"),
                exports.stream().map(Command::id).collect(java.util.stream.Collectors.toSet()));
        for (Command command : exports) {
            MenuPlace place = command.menuPlace();
            assertEquals(MenuPlace.Menus.FILE, place.menu(), command.id());
            assertEquals("menu.export", place.submenuKey(), command.id());
        }
        assertTrue(command("file.export.handout.tour").isDisabled(), "no tour is played");
    }

    @Test
    void eachExportWritesACompleteFile(FxRobot robot) throws Exception {
        String csv = Files.readString(export(robot, "file.export.csv", "events.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("id,"), csv.lines().findFirst().orElse(""));
        assertEquals(app.explorer().context().atlas().events().size() + 1, csv.split("\r\n").length);
        assertTrue(Files.readString(export(robot, "file.export.geojson", "events.geojson")).contains("\"FeatureCollection\""));
        assertTrue(Files.readString(export(robot, "file.export.kml", "events.kml")).contains("<Placemark id=\"e-"));
        String territories = Files.readString(export(robot, "file.export.territories", "territories.geojson"));
        assertTrue(territories.contains("\"status\""), territories.substring(0, Math.min(300, territories.length())));
        BufferedImage window = ImageIO.read(export(robot, "file.export.picture", "window.png").toFile());
        javafx.stage.Window main = app.explorer().context().windows().main();
        assertEquals(Math.round(main.getScene().getWidth()), window.getWidth());
        assertEquals(Math.round(main.getScene().getHeight()), window.getHeight());
        BufferedImage hd = ImageIO.read(export(robot, "file.export.picture.hd", "slide.png").toFile());
        assertEquals(1920, hd.getWidth());
        assertEquals(1080, hd.getHeight());
        Path pdf = export(robot, "file.export.handout", "handout.pdf");
        PdfReader reader = new PdfReader(pdf.toString());
        assertTrue(reader.getNumberOfPages() >= 2);
        reader.close();
        assertTrue(jobs().lastNotice().contains(pdf.toAbsolutePath().toString()), jobs().lastNotice());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(7, left.count(), "seven files and no temporary one");
        }
    }

    @Test
    void aTargetThatCannotBeWrittenIsOneMessageAndNoFile(FxRobot robot) throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        readOnly.toFile().setWritable(false);
        // root may write anywhere: then a folder of a read-only file system stands in
        Path place = Files.isWritable(readOnly) ? Path.of("/proc") : readOnly;
        target = place.resolve("events.csv");
        run(robot, "file.export.csv");
        String notice = waitForNotice();
        assertTrue(notice.startsWith("Nothing was written."), notice);
        assertTrue(notice.contains(place.toString()), notice);
        assertFalse(notice.contains("\n"), "one message: " + notice);
        assertFalse(Files.exists(target));
        readOnly.toFile().setWritable(true);
        try (Stream<Path> left = Files.list(readOnly)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void cancelLeavesNoFile(FxRobot robot) throws Exception {
        target = folder.resolve("cancelled.pdf");
        boolean[] showing = new boolean[1];
        // Cancel is pressed as soon as the job runs (its button is enabled only then): pressed a robot's round trip
        // later, a quick machine had sometimes written the handout already, and then "Written" is right
        robot.interact(() -> {
            resetNotice();
            command("file.export.handout").execute();
            Stage progress = jobs().progressWindow().orElseThrow();
            showing[0] = progress.isShowing();
            Parent root = progress.getScene().getRoot();
            TaskProgressView<?> view = (TaskProgressView<?>) root;
            Task<?> job = view.getTasks().get(view.getTasks().size() - 1);
            Subscription[] pressing = new Subscription[1];
            pressing[0] = job.runningProperty().subscribe(running -> {
                if (running) {
                    pressing[0].unsubscribe();
                    root.applyCss();
                    root.layout();
                    ((Button) root.lookup(".task-cancel-button")).fire();
                }
            });
        });
        assertTrue(showing[0], "the progress window shows the job");
        String notice = waitForNotice();
        assertEquals("Cancelled: nothing was written.", notice);
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS); // the job's thread notices Cancel at its next step
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aCancelThatComesAfterTheFileIsInPlaceSaysTheFileWasWritten(FxRobot robot) throws Exception {
        Path late = folder.resolve("late.md");
        java.util.concurrent.CountDownLatch inPlace = new java.util.concurrent.CountDownLatch(1);
        Task<Path> job = new Task<>() {
            @Override
            protected Path call() throws Exception {
                org.timeatlas.output.OutputTarget.write(late, out -> out.write("# done\n".getBytes(StandardCharsets.UTF_8)));
                updateValue(late);
                inPlace.countDown();
                // the job still has its last lines to run when the user presses Cancel
                while (!isCancelled()) {
                    Thread.sleep(10);
                }
                return late;
            }
        };
        robot.interact(() -> {
            resetNotice();
            jobs().run(job);
        });
        assertTrue(inPlace.await(30, TimeUnit.SECONDS), "the job wrote its file");
        robot.interact(() -> {
            job.cancel();
        });
        String notice = waitForNotice();
        assertTrue(notice.contains(late.toAbsolutePath().toString()), notice);
        assertTrue(Files.isRegularFile(late), "the file stays");
    }

    @Test
    void theNoticeOfAnEndedExportIsTakenDownBeforeTheNextSaveDialog(FxRobot robot) throws Exception {
        // the system's save dialog stops the explorer's animations, so a notice would stay over its buttons
        export(robot, "file.export.csv", "events.csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(noticeWindowsShowing() > 0, "a notice is shown once the export ended");
        robot.interact(() -> jobs().clearNotices());
        assertEquals(0, noticeWindowsShowing(), "no notice is left on the screen");
    }

    /** Windows other than the explorer's and the exports' progress window that are showing. */
    private long noticeWindowsShowing() {
        javafx.stage.Window main = app.explorer().context().windows().main();
        return javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing)
                .filter(w -> w != main && !(w instanceof Stage))
                .count();
    }

    private Path export(FxRobot robot, String id, String name) throws TimeoutException {
        target = folder.resolve(name);
        run(robot, id);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> jobs().lastNotice().contains(target.toString())
                || jobs().lastNotice().startsWith("Nothing"));
        assertTrue(Files.isRegularFile(target), jobs().lastNotice());
        return target;
    }

    private void run(FxRobot robot, String id) {
        robot.interact(() -> {
            resetNotice();
            command(id).execute();
        });
    }

    private String noticeBefore = "";

    private void resetNotice() {
        noticeBefore = jobs().lastNotice();
    }

    private String waitForNotice() throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !jobs().lastNotice().equals(noticeBefore));
        return jobs().lastNotice();
    }

    private Command command(String id) {
        return app.explorer().context().commands().find(id).orElseThrow();
    }

    private BackgroundJobs jobs() {
        return (BackgroundJobs) app.host().jobs();
    }

    private ExportChooser chooser() {
        return (title, suggested, kind) -> Optional.ofNullable(target);
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("exports");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
