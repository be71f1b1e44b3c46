package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.ui.TourPlayback;
import org.timeatlas.ui.WrappingText;
import org.timeatlas.ui.command.CommandRegistry;
import org.timeatlas.ui.shell.RememberedSession;
import org.timeatlas.ui.tours.ToursFeature;

/**
 * Guided tours in the window: choosing a tour and stepping through it with the keyboard, resuming it after a
 * restart, and a tour made with the editor, saved into an atlas folder, read back by the loader and played.
 */
@ExtendWith(ApplicationExtension.class)
class TourAppTest {

    @TempDir
    Path settingsFolder;
    @TempDir
    Path temp;

    private final String before = System.getProperty(RememberedSession.FOLDER_PROPERTY);
    private Stage stage;
    /** Every explorer a test opened: closed after it, so no atlas watcher outlives its temporary folder. */
    private final List<App> opened = new ArrayList<>();

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> opened.stream().filter(App::built).forEach(app -> app.explorer().close()));
        if (before == null) {
            System.clearProperty(RememberedSession.FOLDER_PROPERTY);
        } else {
            System.setProperty(RememberedSession.FOLDER_PROPERTY, before);
        }
        closeOtherWindows(robot);
    }

    @Test
    void aTourChosenWithTheKeyboardStepsForwardAndBackWithPageDownAndTheArrows(FxRobot robot) {
        App app = open(robot, new App(), "--fresh", "--date", "1995-01-01", "--size", "1280x800");
        List<Tour> tours = app.explorer().context().tours().tours();
        int index = indexOf(tours, "five-days");
        Tour tour = tours.get(index);

        robot.clickOn("#current-moment").type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#tour-list").queryAs(ListView.class);
        assertEquals(tours.size(), list.getItems().size(), "every tour of the atlas is offered");
        robot.interact(list::requestFocus);
        robot.type(KeyCode.DOWN, index).type(KeyCode.ENTER);
        assertEquals(tour, playback(app).position().orElseThrow().tour());
        assertFalse(list.getScene().getWindow().isShowing(), "the list closes when a tour starts");

        robot.clickOn("#current-moment");
        assertShows(robot, app, tour, 0);
        robot.type(KeyCode.PAGE_DOWN);
        assertShows(robot, app, tour, 1);
        robot.type(KeyCode.RIGHT);
        assertShows(robot, app, tour, 2);
        robot.type(KeyCode.LEFT);
        assertShows(robot, app, tour, 1);
        robot.type(KeyCode.PAGE_UP);
        assertShows(robot, app, tour, 0);
        for (int step = 1; step < tour.steps().size(); step++) {
            robot.type(KeyCode.PAGE_DOWN);
            assertShows(robot, app, tour, step);
        }
        assertTrue(app.explorer().context().commands().keysThatApplyNow().stream()
                .anyMatch(k -> k.commandId().equals("tour.next")), "Help lists the tour's keys while it runs");
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(playback(app).position().isEmpty(), "Page Down at the last step finishes the tour");
        assertTrue(robot.lookup("#tour-player").tryQuery().isEmpty(), "the player goes with the tour");
        LocalDateTime after = app.state().moment();
        robot.type(KeyCode.RIGHT);
        assertTrue(app.state().moment().isAfter(after), "→ steps time again once the tour has ended");

        robot.type(KeyCode.T);
        ListView<?> again = robot.lookup("#tour-list").match(javafx.scene.Node::isVisible).queryAs(ListView.class);
        robot.interact(() -> again.getSelectionModel().select(index));
        try { // the chooser closed when the tour began is made anew: its rows come with its window's first pulse
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(".tour-cell-finished").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException none) {
            throw new AssertionError("a finished tour is marked", none);
        }
    }

    @Test
    void whileATourRunsOnASmallLaptopTheEventListKeepsItsHeadingAndTwoRows(FxRobot robot) {
        App app = open(robot, new App(), "--fresh", "--date", "1995-01-01", "--size", "1280x720");
        Tour tour = app.explorer().context().tours().tour("abkhazia-1992-1993").orElseThrow();
        robot.interact(() -> playback(app).start(tour, 0));
        robot.interact(() -> app.state().selectEvent(app.explorer().context().atlas().events().get(0).id()));
        javafx.scene.Node list = robot.lookup(".event-list-panel").query();
        javafx.scene.Node player = robot.lookup("#tour-player").query();
        double rows = 2 * 3.692 * 13 + 20;
        assertTrue(list.getLayoutBounds().getHeight() >= rows,
                "the list keeps two rows beside the caption: " + list.getLayoutBounds().getHeight() + " px");
        assertTrue(player.getLayoutBounds().getHeight() >= 0.3 * 720, "and the caption its room");
    }

    @Test
    void aStepKnownOnlyToTheDayIsShownAsADateAndEscEndsTheTour(FxRobot robot) {
        App app = open(robot, new App(), "--fresh", "--date", "1995-01-01", "--size", "1280x800");
        Tour tour = app.explorer().context().tours().tour("overview").orElseThrow();
        int dateOnly = indexWhere(tour, step -> !step.momentHasTime());
        robot.interact(() -> playback(app).start(tour, dateOnly));
        String shown = robot.lookup("#tour-moment").queryAs(Label.class).getText();
        assertFalse(shown.contains("00:00") || shown.contains(","), "a date alone: " + shown);
        robot.clickOn("#current-moment").type(KeyCode.ESCAPE);
        assertTrue(playback(app).position().isEmpty(), "Esc ends the tour");
        assertNull(app.state().highlightProperty().get(), "and its highlight");
    }

    @Test
    void theTourAndStepAreRememberedAndResumedAfterARestart(FxRobot robot) {
        System.setProperty(RememberedSession.FOLDER_PROPERTY, settingsFolder.toString());
        App first = open(robot, new App(), "--date", "1995-01-01", "--size", "1280x800");
        Tour tour = first.explorer().context().tours().tour("frozen-years").orElseThrow();
        robot.interact(() -> playback(first).start(tour, 0));
        robot.clickOn("#current-moment").type(KeyCode.PAGE_DOWN, 3);
        assertEquals(3, playback(first).position().orElseThrow().step());
        // no rememberSession: the step is written at once, as after a crash

        App second = open(robot, new App(), "--size", "1280x800");
        assertTrue(playback(second).position().isEmpty(), "a restart does not start a tour by itself");
        assertTrue(robot.lookup("#tour-notice").query().isVisible(), "the player offers to resume");
        String notice = robot.lookup("#tour-notice").queryAs(WrappingText.class).getText();
        assertTrue(notice.contains("step 4 of " + tour.steps().size()) && notice.contains(tour.title().get("en")),
                notice);
        assertFalse(registry(second).find("tour.resume").orElseThrow().isDisabled(), "Go → Resume tour is offered");
        robot.clickOn("#tour-resume");
        assertEquals(new TourPlayback.Position(tour, 3), playback(second).position().orElseThrow());
        assertShows(robot, second, tour, 3);
        assertTrue(registry(second).find("tour.resume").orElseThrow().isDisabled(), "nothing to resume while it runs");
    }

    @Test
    void aTourMadeInTheEditorIsSavedIntoTheAtlasFolderValidatesAndPlays(FxRobot robot) throws Exception {
        System.setProperty(RememberedSession.FOLDER_PROPERTY, settingsFolder.toString());
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("islands"));
        App app = open(robot, editorApp(atlas), "--atlas", atlas.toString(), "--date", "2000-03-02",
                "--size", "1280x800");
        robot.interact(() -> registry(app).find("file.tourEditor").orElseThrow().execute());
        ListView<?> steps = robot.lookup("#tour-editor-steps").queryAs(ListView.class);
        assertStepsHeadingWrapsInItsColumn(robot);
        assertTrue(robot.lookup("#tour-editor-save").queryAs(Button.class).isDisabled(), "nothing to save yet");
        text(robot, "#tour-editor-title-en", "The strait war, by a teacher");
        text(robot, "#tour-editor-title-hi", "एक शिक्षक का जलडमरूमध्य युद्ध");
        text(robot, "#tour-editor-description-en", "Eight moments of the strait war.");
        text(robot, "#tour-editor-description-hi", "जलडमरूमध्य युद्ध के आठ पल।");

        String[][] plan = {
            {"2000-03-02T00:00", "2000-03-01-treaty"}, {"2000-06-05T06:00", "2000-06-05-landing"},
            {"2000-06-06T00:00", "2000-06-06-who-fired"}, {"2000-06-07T00:00", "2000-06-05-landing"},
            {"2000-06-08T18:00", "2000-06-08-ceasefire"}, {"2000-06-09T00:00", "2000-06-08-ceasefire"},
            {"2000-06-10T00:00", "2000-06-10-monitors"}, {"2000-07-01T00:00", "2000-06-10-monitors"}};
        for (int i = 0; i < plan.length; i++) {
            addStep(robot, app, plan[i], i + 1);
            assertEquals(i + 1, steps.getItems().size(), "Ctrl+Shift+A added step " + (i + 1));
            if (i == 2) {
                assertDraftSurvivesARestart(robot, atlas);
                return;
            }
        }
    }

    /** Goes to {@code momentAndEvent} (moment, event id), adds it as a step with Ctrl+Shift+A, captions it as {@code number}. */
    /** The steps column's heading is longer than the column is wide: it wraps, whole, instead of ending in "…". */
    private static void assertStepsHeadingWrapsInItsColumn(FxRobot robot) {
        WrappingText heading = robot.lookup("#tour-editor-steps-heading").queryAs(WrappingText.class);
        javafx.scene.Node column = heading.getParent();
        javafx.scene.text.Text word = (javafx.scene.text.Text) heading.getChildren().get(0);
        javafx.scene.text.Text oneLine = new javafx.scene.text.Text(heading.getText());
        oneLine.setFont(word.getFont());
        double lineHeight = oneLine.getLayoutBounds().getHeight();
        assertTrue(oneLine.getLayoutBounds().getWidth() > column.getLayoutBounds().getWidth(),
                "the heading is longer than its column is wide");
        assertTrue(heading.getWidth() <= column.getLayoutBounds().getWidth() + 0.5, "the heading stays in its column");
        assertTrue(heading.getHeight() > 1.5 * lineHeight, "the heading wraps over lines: " + heading.getHeight());
    }

    private static void addStep(FxRobot robot, App app, String[] momentAndEvent, int number) {
        LocalDateTime moment = LocalDateTime.parse(momentAndEvent[0]);
        robot.interact(() -> {
            app.state().setMoment(moment);
            app.state().selectEvent(momentAndEvent[1]);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        text(robot, "#tour-editor-caption-en", "Step " + number + " of the strait war.");
        text(robot, "#tour-editor-caption-hi", "जलडमरूमध्य युद्ध का चरण " + number + "।");
    }

    /** Reopens the explorer with the same settings: the three steps written so far are still there; then goes on. */
    private void assertDraftSurvivesARestart(FxRobot robot, Path atlas) throws Exception {
        closeOtherWindows(robot);
        App app = open(robot, editorApp(atlas), "--atlas", atlas.toString(), "--size", "1280x800");
        robot.interact(() -> registry(app).find("file.tourEditor").orElseThrow().execute());
        ListView<?> steps = robot.lookup("#tour-editor-steps").queryAs(ListView.class);
        assertEquals(3, steps.getItems().size(), "the draft was kept");
        assertEquals("The strait war, by a teacher",
                robot.lookup("#tour-editor-title-en").queryAs(TextField.class).getText());
        String[][] plan = {
            {"2000-06-07T00:00", "2000-06-05-landing"}, {"2000-06-08T18:00", "2000-06-08-ceasefire"},
            {"2000-06-09T00:00", "2000-06-08-ceasefire"}, {"2000-06-10T00:00", "2000-06-10-monitors"},
            {"2000-07-01T00:00", "2000-06-10-monitors"}, {"2000-08-01T00:00", "2000-03-01-treaty"}};
        for (int i = 0; i < plan.length; i++) {
            addStep(robot, app, plan[i], 4 + i);
        }
        assertEquals(9, steps.getItems().size());
        Button save = robot.lookup("#tour-editor-save").queryAs(Button.class);
        assertFalse(save.isDisabled(), "nine steps with every text written can be saved: "
                + robot.lookup("#tour-editor-missing").queryAs(WrappingText.class).getText());

        // the ninth step (1 August) moves up with Alt+↑, then goes with Delete
        robot.interact(steps::requestFocus);
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertEquals(7, steps.getSelectionModel().getSelectedIndex(), "Alt+↑ moved the last step up");
        robot.type(KeyCode.DELETE);
        assertEquals(8, steps.getItems().size(), "Delete removed it");

        robot.interact(save::fire);
        Path file = atlas.resolve("tours/the-strait-war-by-a-teacher.json");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#tour-saved").tryQuery().isPresent());
        DialogPane told = robot.lookup("#tour-saved").queryAs(DialogPane.class);
        assertEquals("Saved as " + file + ".", told.getHeaderText());
        assertTrue(told.getContentText().contains("Go → Tours"), told.getContentText());
        assertTrue(Files.exists(file));

        LoadResult reread = AtlasLoader.load(atlas);
        assertEquals(List.of(), reread.problems(), "the folder with the new tour validates");
        Tour tour = reread.atlas().orElseThrow().tour("the-strait-war-by-a-teacher").orElseThrow();
        assertEquals(8, tour.steps().size());
        assertEquals("Step 1 of the strait war.", tour.steps().get(0).caption().get("en"));
        assertEquals("2000-07-01T00:00", tour.steps().get(7).moment().toString());
        assertFalse(tour.steps().get(0).momentHasTime(), "a step added at midnight is a date");
        assertTrue(tour.steps().get(4).momentHasTime(), "one added at 18:00 keeps its time");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Launcher.run(new String[] {"--validate", atlas.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8)),
                out.toString(StandardCharsets.UTF_8));

        closeOtherWindows(robot);
        robot.interact(() -> app.openAtlas(atlas));
        WaitForAsyncUtils.waitForFxEvents();
        App shown = app;
        robot.interact(() -> registry(shown).find("file.tourEditor").orElseThrow().execute());
        assertEquals(0, robot.lookup("#tour-editor-steps").queryAs(ListView.class).getItems().size(),
                "the draft was emptied once saved");
        closeOtherWindows(robot);
        Tour played = playback(shown).tour(tour.id()).orElseThrow();
        // the saved file is in the open atlas's folder: hot reload replaces the explorer (and closes its windows)
        // a moment later; let it settle before the chooser is opened
        WaitForAsyncUtils.sleep(3, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // the notice that the tour was saved is a popup: it would take the next key
        robot.interact(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(window -> window instanceof javafx.stage.PopupWindow).forEach(javafx.stage.Window::hide));
        robot.clickOn("#current-moment").type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#tour-list").queryAs(ListView.class);
        robot.interact(list::requestFocus);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#current-moment");
        for (int step = 0; step < played.steps().size(); step++) {
            assertShows(robot, shown, played, step);
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertTrue(playback(shown).position().isEmpty(), "the teacher's tour played to its end");
    }

    private static void assertShows(FxRobot robot, App app, Tour tour, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        TourStep step = tour.steps().get(index);
        String at = tour.id() + " step " + (index + 1);
        assertEquals(index, playback(app).position().orElseThrow().step(), at);
        assertEquals("Step " + (index + 1) + " of " + tour.steps().size(),
                robot.lookup("#tour-step").queryAs(Label.class).getText(), at);
        assertEquals(step.caption().get("en"), robot.lookup("#tour-caption").queryAs(WrappingText.class).getText(), at);
        assertEquals(step.moment(), app.state().moment(), at);
        assertEquals(step.highlight(), app.state().highlightProperty().get(), at);
        assertTrue(robot.lookup("#tour-player").query().isVisible(), at);
    }

    private App open(FxRobot robot, App app, String... options) {
        opened.add(app);
        robot.interact(() -> app.open(stage, LaunchOptions.parse(options)));
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** The explorer with a tour feature whose folder chooser answers {@code folder}. */
    private static App editorApp(Path folder) {
        return new App(scale -> App.features(scale).stream()
                .map(feature -> feature instanceof ToursFeature
                        ? new ToursFeature((owner, title, initial) -> Optional.of(folder)) : feature)
                .toList());
    }

    private static void text(FxRobot robot, String id, String value) {
        var node = robot.lookup(id).query();
        robot.interact(() -> {
            if (node instanceof TextArea area) {
                area.setText(value);
            } else {
                ((TextField) node).setText(value);
            }
        });
    }

    private static TourPlayback playback(App app) {
        return app.explorer().context().tours();
    }

    private static CommandRegistry registry(App app) {
        return app.explorer().context().commands();
    }

    private static int indexOf(List<Tour> tours, String id) {
        for (int i = 0; i < tours.size(); i++) {
            if (tours.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no tour " + id);
    }

    private static int indexWhere(Tour tour, java.util.function.Predicate<TourStep> test) {
        for (int i = 0; i < tour.steps().size(); i++) {
            if (test.test(tour.steps().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such step in " + tour.id());
    }

    private void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != stage && w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
    }
}
