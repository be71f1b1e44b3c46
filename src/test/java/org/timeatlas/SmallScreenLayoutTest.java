package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On an old classroom projector (1024×768) and a small laptop (1280×720), in both languages and in day-by-day
 * mode, nothing needed is cut off: the toolbar's right end, the timeline's bottom, the day card, the list of
 * events and the details each have room.
 */
class SmallScreenLayoutTest {

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024, 768, en", "1024, 768, hi", "1280, 720, en", "1280, 720, hi"})
    void everythingNeededFitsTheWindow(int width, int height, String language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        App app = new App();
        FxToolkit.setupStage(s -> app.open(s, LaunchOptions.parse("--fresh", "--date", "2008-08-08T06:00",
                "--lang", language, "--size", width + "x" + height)));
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        double sceneWidth = stage.getScene().getWidth();
        double sceneHeight = stage.getScene().getHeight();
        assertTrue(sceneWidth <= width && sceneHeight <= height, "the window keeps to the size asked");
        assertInside(robot, "#help-keys-button", sceneWidth, sceneHeight);
        assertInside(robot, ".timeline", sceneWidth, sceneHeight);
        // the lens switch stays in the toolbar: as a menu button below 1200 px, as segments above
        String lensSwitch = width < 1200 ? "#lens-switch-compact" : "#lens-switch";
        assertTrue(robot.lookup(lensSwitch).query().isVisible(), lensSwitch + " is shown");
        assertInside(robot, lensSwitch, sceneWidth, sceneHeight);
        if (width < 1200) {
            javafx.scene.control.MenuButton compact = robot.lookup("#lens-switch-compact").query();
            robot.interact(() -> compact.getItems().stream().filter(i -> "law".equals(i.getUserData())).findFirst()
                    .orElseThrow().fire());
            assertTrue("law".equals(app.state().lens()), "the compact switch chose the law lens: " + app.state().lens());
        }
        assertTallerThan(robot, "#day-card", 120);
        assertTallerThan(robot, "#event-list", 70);
        assertTallerThan(robot, ".details-panel", 100);
        // the longest moments are shown whole, not cut off with "…"
        robot.interact(() -> app.state().setMoment(java.time.LocalDateTime.of(2008, 9, 22, 18, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label moment = robot.lookup("#current-moment").query();
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) moment.lookup(".text");
        assertTrue(moment.getText().equals(drawn.getText()), "the moment is whole: " + drawn.getText());
        assertInside(robot, "#current-moment", sceneWidth, sceneHeight);
        FxToolkit.cleanupStages();
    }

    private static void assertInside(FxRobot robot, String query, double width, double height) {
        Node node = robot.lookup(query).query();
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= width + 0.5 && bounds.getMaxY() <= height + 0.5,
                query + " lies inside the window: " + bounds + " in " + width + "x" + height);
    }

    private static void assertTallerThan(FxRobot robot, String query, double minimum) {
        Node node = robot.lookup(query).query();
        assertTrue(node.isVisible() && node.getLayoutBounds().getHeight() >= minimum,
                query + " has room: " + node.getLayoutBounds().getHeight() + " px");
    }
}
