package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Tour;
import org.timeatlas.ui.WrappingText;
import org.timeatlas.ui.feature.ExplorerContext;

/**
 * The presenter view in a window (Alt+F5 on one screen): the clicker's keys work while it has the focus, as the
 * window delivers them (to the scene when nothing in it is focused), and a presenter view opened again after
 * presenting ended is a new, live one.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterViewAppTest {

    private final App app = new App();

    @Start
    void start(Stage stage) {
        app.open(stage, LaunchOptions.parse("--date", "2008-08-05", "--size", "1280x800", "--lang", "en"));
        stage.show();
    }

    @Test
    void theClickerAndTheOtherPresentingKeysWorkInThePresenterWindow(FxRobot robot) {
        Tour tour = fiveDays();
        Window presenter = presentWithPresenterView(robot, tour);
        pressIn(robot, presenter, KeyCode.PAGE_DOWN);
        assertEquals(1, step(), "Page Down in the presenter's window");
        pressIn(robot, presenter, KeyCode.RIGHT);
        pressIn(robot, presenter, KeyCode.N);
        assertEquals(3, step(), "→ and N");
        assertEquals(tour.steps().get(3).speakerNotes().orElseThrow().get("en"), text(robot, "#presenter-notes"));
        pressIn(robot, presenter, KeyCode.P);
        assertEquals(2, step(), "P goes back");
        pressIn(robot, presenter, KeyCode.B);
        assertTrue(blank(robot).isVisible(), "B blanks the class's screen");
        pressIn(robot, presenter, KeyCode.SPACE);
        assertFalse(blank(robot).isVisible(), "any key returns");
        assertEquals(2, step(), "any key returns from the blank screen and does nothing else");
        pressIn(robot, presenter, KeyCode.DIGIT5);
        pressIn(robot, presenter, KeyCode.ENTER);
        assertEquals(4, step(), "5 then Enter goes to step 5");
        pressIn(robot, presenter, KeyCode.ESCAPE);
        assertFalse(presenter.isShowing(), "Esc in the presenter's window closes that window");
        assertTrue(robot.lookup("#presentation-band").tryQuery().isPresent(), "and the presentation goes on");
    }

    @Test
    void aPresenterViewOpenedAgainAfterPresentingEndedIsNewAndFollowsTheTour(FxRobot robot) {
        Tour tour = fiveDays();
        Window first = presentWithPresenterView(robot, tour);
        javafx.scene.Parent firstView = first.getScene().getRoot();
        robot.sleep(2300); // the first presentation's clock comes to 0:00:02
        pressIn(robot, first, KeyCode.ESCAPE);
        robot.interact(() -> context().commands().find("presentation.end").orElseThrow().execute());
        assertTrue(robot.lookup("#presentation-band").tryQuery().isEmpty(), "presenting ended");

        robot.clickOn("#current-moment");
        robot.press(KeyCode.ALT).type(KeyCode.F5).release(KeyCode.ALT);
        Window again = presenterWindow(robot);
        int at = step();
        assertTrue(elapsed(again).matches("0:00:0[01]"), "the time presenting starts again: " + elapsed(again));
        assertNotSame(firstView, again.getScene().getRoot(), "a new presenter view");
        robot.interact(() -> context().tours().next());
        robot.interact(() -> context().tours().next());
        assertEquals(at + 2, step());
        assertEquals(tour.steps().get(at + 2).speakerNotes().orElseThrow().get("en"), text(robot, "#presenter-notes"),
                "the presenter view follows the tour");
        assertTrue(positionText(again).startsWith("Step " + (at + 3) + " of 19"), positionText(again));
        String before = elapsed(again);
        robot.sleep(2300);
        assertFalse(elapsed(again).equals(before), "its clock ticks: " + before + " then " + elapsed(again));
        pressIn(robot, again, KeyCode.PAGE_DOWN);
        assertEquals(at + 3, step(), "and its keys work");
    }

    /** Chooses {@code tour}, presses Alt+F5 in the main window and returns the presenter view's window. */
    private Window presentWithPresenterView(FxRobot robot, Tour tour) {
        robot.interact(() -> context().commands().find("presentation.tour." + tour.id()).orElseThrow().execute());
        robot.clickOn("#current-moment");
        robot.press(KeyCode.ALT).type(KeyCode.F5).release(KeyCode.ALT);
        Window presenter = presenterWindow(robot);
        assertEquals(0, step());
        return presenter;
    }

    private static Window presenterWindow(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null
                        && "presenter-view".equals(w.getScene().getRoot().getId()))
                .findFirst().orElseThrow();
    }

    /**
     * Presses {@code key} in {@code window} as its scene delivers a key press from the keyboard: to the node that has
     * the focus, or to the scene itself when none has.
     */
    private static void pressIn(FxRobot robot, Window window, KeyCode key) {
        robot.interact(() -> {
            Scene scene = window.getScene();
            EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", key, false, false, false, false));
        });
    }

    private static javafx.scene.Node blank(FxRobot robot) {
        return robot.lookup("#presentation-blank").query();
    }

    private int step() {
        return context().tours().position().orElseThrow().step();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(WrappingText.class).getText();
    }

    private static String elapsed(Window presenter) {
        return ((Label) presenter.getScene().lookup("#presenter-elapsed")).getText();
    }

    private static String positionText(Window presenter) {
        return ((Label) presenter.getScene().lookup("#presenter-position")).getText();
    }

    private Tour fiveDays() {
        return context().tours().tour("five-days").orElseThrow();
    }

    private ExplorerContext context() {
        return app.explorer().context();
    }
}
