package org.timeatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A window whose frame makes it larger than the screen's visible area is shrunk and moved inside it. The headless
 * screen draws no frame, so the test makes the window too large and too low itself.
 */
@ExtendWith(ApplicationExtension.class)
class KeepFrameOnScreenTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @Test
    void aWindowTallerThanTheScreenFitsItsVisibleArea(FxRobot robot) {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            stage.setX(visible.getMinX() + 50);
            stage.setY(visible.getMinY() + 40);
            stage.setWidth(visible.getWidth() + 30);
            stage.setHeight(visible.getHeight() + 25);
            ExplorerStage.keepFrameOnScreen(stage);
        });
        assertEquals(visible.getWidth(), stage.getWidth(), 0.5);
        assertEquals(visible.getHeight(), stage.getHeight(), 0.5);
        assertEquals(visible.getMinX(), stage.getX(), 0.5);
        assertEquals(visible.getMinY(), stage.getY(), 0.5);
    }

    @Test
    void aWindowThatFitsStaysWhereItIs(FxRobot robot) {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            stage.setX(visible.getMinX() + 50);
            stage.setY(visible.getMinY() + 40);
            stage.setWidth(400);
            stage.setHeight(300);
            ExplorerStage.keepFrameOnScreen(stage);
        });
        assertEquals(400, stage.getWidth(), 0.5);
        assertEquals(300, stage.getHeight(), 0.5);
        assertEquals(visible.getMinX() + 50, stage.getX(), 0.5);
        assertEquals(visible.getMinY() + 40, stage.getY(), 0.5);
    }
}
