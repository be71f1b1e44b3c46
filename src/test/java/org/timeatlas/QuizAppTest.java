package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.IslandsWithExtras;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.WrappingText;
import org.timeatlas.ui.map.MapPane;
import org.timeatlas.ui.shell.RememberedSession;
import org.timeatlas.ui.timeline.TimelineView;

/**
 * The self-check quiz on the islands atlas with its four questions (in quiz.json order: a date, a choice, a
 * territory, an order): each kind answered by keyboard alone and by mouse, with the verdict, the explanation, the
 * sources and the explorer moved to the answer's moment; results and mistakes remembered across a restart.
 */
@ExtendWith(ApplicationExtension.class)
class QuizAppTest {

    @TempDir
    static Path temp;

    private final String before = System.getProperty(RememberedSession.FOLDER_PROPERTY);
    private Stage stage;
    private App app;
    private Path atlas;
    private Path settings;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        settings = java.nio.file.Files.createTempDirectory(temp, "settings");
        System.setProperty(RememberedSession.FOLDER_PROPERTY, settings.toString());
        atlas = IslandsWithExtras.copy(java.nio.file.Files.createTempDirectory(temp, "atlas"));
        app = new App();
        opened.add(app);
        app.open(stage, LaunchOptions.parse("--atlas", atlas.toString(), "--date", "2000-06-01", "--size", "1280x800"));
        stage.show();
    }

    /** Every app a test opened: closed after it, so none keeps watching the temporary atlas once it is deleted. */
    private final List<App> opened = new java.util.ArrayList<>();

    @AfterEach
    void closeAndRestoreProperty() throws Exception {
        // and the shared stage hidden, as a new one would be: tests after this one size their own window
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            opened.forEach(a -> {
                if (a.built()) {
                    a.explorer().close();
                }
            });
            stage.hide();
        });
        if (before == null) {
            System.clearProperty(RememberedSession.FOLDER_PROPERTY);
        } else {
            System.setProperty(RememberedSession.FOLDER_PROPERTY, before);
        }
    }

    @Test
    void everyKindAnsweredWithTheKeyboardAlone(FxRobot robot) {
        robot.type(KeyCode.Q);
        assertTrue(robot.lookup("#quiz-sets").tryQuery().isPresent(), "Q opens the choice of a set");
        robot.type(KeyCode.ENTER); // the first set: all questions

        // 1. set the date: 5 June 2000 with the keys that move time, then Enter
        assertEquals("Question 1 of 4", text(robot, "#quiz-progress"));
        robot.type(KeyCode.RIGHT, 4);
        waitUntil(() -> state().moment().equals(LocalDateTime.of(2000, 6, 5, 0, 0)));
        robot.type(KeyCode.ENTER);
        assertEquals("Right.", text(robot, "#quiz-verdict"));
        assertEquals(app.explorer().context().atlas().question("q-landing-date").orElseThrow().sources().size(),
                robot.lookup("#quiz-sources .citation").queryAll().stream().filter(n -> n instanceof WrappingText).count(),
                "every source of the answer, numbered");
        assertTrue(robot.lookup("#quiz-source-1").tryQuery().isPresent(), "the sources are numbered");
        assertEquals(LocalDateTime.of(2000, 6, 5, 6, 0), state().moment(), "moved to the moment it is about");
        assertEquals("2000-06-05-landing", state().selectedEventProperty().get(), "its event selected");
        robot.type(KeyCode.ENTER);

        // 2. multiple choice: 2 then ↑ (option 1), Enter
        assertEquals("Question 2 of 4", text(robot, "#quiz-progress"));
        robot.type(KeyCode.DIGIT2).type(KeyCode.UP).type(KeyCode.ENTER);
        assertEquals("Right.", text(robot, "#quiz-verdict"));
        assertEquals(LocalDateTime.of(2000, 6, 6, 0, 0), state().moment());
        robot.type(KeyCode.ENTER);

        // 3. the territory, chosen from the list by typing its name
        assertEquals("Question 3 of 4", text(robot, "#quiz-progress"));
        assertEquals(LocalDateTime.of(2000, 6, 6, 0, 0), state().moment(), "asked at its own moment");
        robot.write("west").type(KeyCode.ENTER);
        assertEquals("Right.", text(robot, "#quiz-verdict"));
        assertEquals("west-isle", state().selectedTerritoryProperty().get(), "the answer is shown on the map");
        robot.type(KeyCode.ENTER);

        // 4. put in order with ↑/↓ and Alt+↑/↓
        assertEquals("Question 4 of 4", text(robot, "#quiz-progress"));
        List<String> right = orderAnswer();
        for (int place = 0; place < right.size(); place++) {
            int at = shownOrder(robot).indexOf(right.get(place));
            int selected = orderList(robot).getSelectionModel().getSelectedIndex();
            robot.type(at > selected ? KeyCode.DOWN : KeyCode.UP, Math.abs(at - selected));
            for (int i = at; i > place; i--) {
                robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
            }
        }
        assertEquals(right, shownOrder(robot));
        robot.type(KeyCode.ENTER);
        assertEquals("Right.", text(robot, "#quiz-verdict"));
        assertEquals(LocalDateTime.of(2000, 6, 8, 12, 0), state().moment());
        robot.type(KeyCode.ENTER);

        assertTrue(wrapped(robot, "#quiz-result-score").startsWith("4 of 4 right (100 %)"), wrapped(robot, "#quiz-result-score"));
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#quiz-panel").tryQuery().map(n -> !n.isVisible() || n.getScene() == null)
                .orElse(true), "Esc closes the questions");
    }

    @Test
    void everyKindAnsweredWithTheMouse(FxRobot robot) {
        robot.interact(() -> app.explorer().context().commands().find("quiz.open").orElseThrow().execute());
        robot.doubleClickOn(robot.lookup("#quiz-sets .list-cell").nth(0).queryAs(Node.class));

        // 1. drag the playhead to 5 June 2000 and press "This date"
        dragTimelineTo(robot, LocalDate.of(2000, 6, 5));
        robot.clickOn("#quiz-answer");
        assertEquals("Right.", text(robot, "#quiz-verdict"));
        robot.clickOn("#quiz-next");

        // 2. a wrong option, so there is a mistake to review
        robot.clickOn("#quiz-choice-2");
        javafx.scene.control.RadioButton second = robot.lookup("#quiz-choice-radio-2").queryAs(javafx.scene.control.RadioButton.class);
        assertTrue(second.isSelected(), "a click on the option's words chooses it: " + second.getBoundsInParent()
                + " focus " + stage.getScene().getFocusOwner());
        robot.clickOn("#quiz-answer");
        assertEquals("Not right.", text(robot, "#quiz-verdict"));
        assertTrue(wrapped(robot, "#quiz-right-answer").contains("1. The Northern council"));
        robot.clickOn("#quiz-next");

        // 3. click West Isle on the map
        MapPane map = robot.lookup(n -> n instanceof MapPane).queryAs(MapPane.class);
        Point2D westIsle = map.localToScreen(map.pointOf(10.3, 0.5));
        robot.clickOn(westIsle);
        assertEquals("Right.", text(robot, "#quiz-verdict"));
        robot.clickOn("#quiz-next");

        // 4. drag rows into order
        List<String> right = orderAnswer();
        for (int place = 0; place < right.size(); place++) {
            int at = shownOrder(robot).indexOf(right.get(place));
            if (at != place) {
                robot.drag(row(robot, at), MouseButton.PRIMARY).dropTo(row(robot, place));
            }
        }
        assertEquals(right, shownOrder(robot));
        robot.clickOn("#quiz-answer");
        assertEquals("Right.", text(robot, "#quiz-verdict"));
        robot.clickOn("#quiz-next");
        assertTrue(wrapped(robot, "#quiz-result-score").startsWith("3 of 4 right (75 %)"));
        assertTrue(robot.lookup("#quiz-review").tryQuery().isPresent(), "a mistake to review");
    }

    @Test
    void scoresAndMistakesSurviveARestartWithTheSameSettings(FxRobot robot) {
        robot.type(KeyCode.Q).type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER); // the date question answered at 1 June: 4 days too early
        assertEquals("Not right.", text(robot, "#quiz-verdict"));
        assertTrue(wrapped(robot, "#quiz-right-answer").contains("4 day(s) too early"), wrapped(robot, "#quiz-right-answer"));
        javafx.scene.control.ScrollPane scroll = robot.lookup(".quiz-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1)); // the student scrolled down to read the explanation
        robot.type(KeyCode.ENTER);
        assertEquals(0, scroll.getVvalue(), "the next question is shown from its top");
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER); // the choice: right
        assertEquals("Right.", text(robot, "#quiz-verdict"));
        robot.interact(() -> app.rememberSession());

        App second = new App();
        opened.add(second);
        robot.interact(() -> second.open(stage, LaunchOptions.parse("--atlas", atlas.toString(), "--date", "2000-06-01",
                "--size", "1280x800")));
        robot.type(KeyCode.Q);
        ListView<?> sets = robot.lookup("#quiz-sets").queryAs(ListView.class);
        List<String> names = robot.lookup("#quiz-sets .quiz-set-name").queryAll().stream()
                .filter(n -> n instanceof WrappingText).map(n -> ((WrappingText) n).getText()).toList();
        assertTrue(names.contains("Review my mistakes (1)"), names.toString());
        List<String> scores = robot.lookup("#quiz-sets .quiz-set-score").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertEquals("1 of 2 right (50 %)", scores.get(0), "the remembered score of all questions: " + scores);
        robot.interact(() -> sets.getSelectionModel().select(sets.getItems().size() - 1));
        robot.type(KeyCode.ENTER);
        assertEquals("Question 1 of 1", text(robot, "#quiz-progress"));
        assertTrue(wrapped(robot, "#quiz-question").startsWith("Set the timeline to the landing"));
    }

    @Test
    void aTourStepWithAQuestionAndTheTourItselfOfferTheirQuestions(FxRobot robot) {
        var context = app.explorer().context();
        org.timeatlas.atlas.Tour tour = context.tours().tour("strait-war").orElseThrow();
        var stepQuestion = context.commands().find("quiz.tourStep").orElseThrow();
        var tourQuestions = context.commands().find("quiz.tour").orElseThrow();
        assertTrue(stepQuestion.isDisabled() && tourQuestions.isDisabled(), "no tour has run");
        robot.interact(() -> context.tours().start(tour, 1)); // the step that asks q-landing-date
        assertFalse(stepQuestion.isDisabled());
        robot.interact(stepQuestion::execute);
        assertEquals("Question 1 of 1", text(robot, "#quiz-progress"));
        assertTrue(wrapped(robot, "#quiz-question").startsWith("Set the timeline to the landing"));
        LocalDateTime before = state().moment();
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> state().moment().equals(before.plusHours(6)) || state().moment().equals(before.plusDays(1)));
        assertEquals(1, context.tours().position().orElseThrow().step(), "→ moves time, not the tour, while a date is set");

        robot.interact(() -> context.tours().start(tour, tour.steps().size() - 1));
        robot.interact(() -> context.tours().stop());
        assertFalse(tourQuestions.isDisabled(), "the end of a tour leads to its questions");
        robot.interact(tourQuestions::execute);
        assertEquals("Question 1 of 4", text(robot, "#quiz-progress"));
        assertEquals("Tour: " + tour.title().get("en") + " (4)", text(robot, "#quiz-title"));
    }

    private void dragTimelineTo(FxRobot robot, LocalDate day) {
        TimelineView timeline = robot.lookup(n -> n instanceof TimelineView).queryAs(TimelineView.class);
        Bounds box = timeline.localToScreen(timeline.getLayoutBounds());
        double y = box.getMinY() + box.getHeight() * 0.6;
        double low = box.getMinX() + 2;
        double high = box.getMaxX() - 2;
        for (int i = 0; i < 30 && high - low > 0.5; i++) {
            double middle = (low + high) / 2;
            robot.clickOn(new Point2D(middle, y));
            LocalDate at = state().moment().toLocalDate();
            if (at.equals(day)) {
                low = high = middle;
            } else if (at.isBefore(day)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        robot.drag(new Point2D(low - 60, y), MouseButton.PRIMARY).dropTo(new Point2D(low, y));
        assertEquals(day, state().moment().toLocalDate(), "the playhead dragged to " + day);
    }

    private List<String> orderAnswer() {
        return ((OrderAnswer) app.explorer().context().atlas().question("q-order-war").orElseThrow().answer()).eventIds();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Event> orderList(FxRobot robot) {
        return robot.lookup("#quiz-order-list").queryAs(ListView.class);
    }

    private static List<String> shownOrder(FxRobot robot) {
        return orderList(robot).getItems().stream().map(Event::id).toList();
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#quiz-order-row-" + index).query();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String wrapped(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(WrappingText.class).getText();
    }

    private ExplorerState state() {
        return app.explorer().context().state();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }

    /**
     * Not a test: pictures the quiz on the embedded atlas — the first question of each kind as asked and as
     * answered, and the result screen — to look at them.
     * {@code java -cp … 'org.timeatlas.QuizAppTest$Demo' OUT-PREFIX [app options…]} writes
     * OUT-PREFIX-choice.png, …-choice-answered.png, … (choice, territory, date, order) and OUT-PREFIX-result.png.
     */
    public static final class Demo {

        private Demo() {
        }

        public static void main(String[] args) {
            javafx.application.Application.launch(DemoApp.class, args);
        }
    }

    /** The JavaFX side of {@link Demo}; kept apart so the launcher class does not extend Application. */
    public static final class DemoApp extends javafx.application.Application {

        private static final List<String> KINDS = List.of("choice", "territory", "date", "order");
        private final java.util.Set<String> pictured = new java.util.HashSet<>();
        private Stage stage;
        private App app;
        private String prefix;

        @Override
        public void start(Stage primary) {
            stage = primary;
            String[] args = getParameters().getRaw().toArray(String[]::new);
            prefix = args[0];
            app = new App();
            app.open(stage, LaunchOptions.parse(java.util.Arrays.copyOfRange(args, 1, args.length)));
            run("quiz.open");
            later(() -> {
                run("quiz.confirm"); // the first set: all questions
                later(this::step);
            });
        }

        /** Pictures the question shown if its kind is new, answers it, pictures the verdict, moves on. */
        private void step() {
            if (lookup("#quiz-result") != null) {
                picture("result");
                javafx.application.Platform.exit();
                return;
            }
            String kind = kindShown();
            if (pictured.containsAll(KINDS)) {
                run("quiz.skip");
                later(this::step);
                return;
            }
            if (kind == null || pictured.contains(kind)) {
                run("quiz.skip");
                later(this::step);
                return;
            }
            picture(kind);
            switch (kind) {
                case "choice" -> run("quiz.choose2");
                case "territory" -> app.state().selectTerritory(app.explorer().context().atlas().territories().stream()
                        .filter(t -> t.kind() == org.timeatlas.atlas.TerritoryKind.TERRITORY).findFirst().orElseThrow().id());
                default -> { }
            }
            if (!"territory".equals(kind)) {
                run("quiz.confirm");
            }
            later(() -> {
                picture(kind + "-answered");
                pictured.add(kind);
                run("quiz.confirm");
                later(this::step);
            });
        }

        private String kindShown() {
            if (lookup("#quiz-choices") != null) {
                return "choice";
            }
            if (lookup("#quiz-territory-list") != null) {
                return "territory";
            }
            if (lookup("#quiz-date") != null) {
                return "date";
            }
            return lookup("#quiz-order-list") != null ? "order" : null;
        }

        private Node lookup(String selector) {
            return stage.getScene().getRoot().lookup(selector);
        }

        private void run(String command) {
            app.explorer().context().commands().find(command).orElseThrow().execute();
        }

        private void picture(String name) {
            try {
                org.timeatlas.ui.shell.Snapshots.write(stage.getScene(), Path.of(prefix + "-" + name + ".png"));
            } catch (java.io.IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        }

        private static void later(Runnable then) {
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(700));
            settle.setOnFinished(e -> then.run());
            settle.play();
        }
    }
}
