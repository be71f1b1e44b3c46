package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing in the window reaches past its edges while the moment steps through the war: on the software renderer
 * a window root whose bounds change is repainted whole (its background is redrawn), so a mark or label that pokes a
 * pixel out of the window cost a full repaint on every step.
 */
class WindowRootBoundsTest {

    @Test
    void theRootKeepsToTheWindowWhileTheMomentSteps() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        App app = new App();
        FxToolkit.setupStage(s -> app.open(s, LaunchOptions.parse("--fresh", "--date", "2008-08-08T00:00",
                "--size", "1280x720")));
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        Parent root = stage.getScene().getRoot();
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        for (int step = 0; step < 12; step++) {
            LocalDateTime moment = LocalDateTime.of(2008, 8, 8, 0, 0).plusHours(6L * step);
            robot.interact(() -> app.state().setMoment(moment));
            WaitForAsyncUtils.waitForFxEvents();
            Bounds bounds = root.getBoundsInLocal();
            assertTrue(bounds.getMinX() >= -0.01 && bounds.getMinY() >= -0.01 && bounds.getMaxX() <= width + 0.01
                            && bounds.getMaxY() <= height + 0.01,
                    "at " + moment + " the root's bounds " + bounds + " keep to the window " + width + "x" + height);
        }
        FxToolkit.cleanupStages();
    }
}
