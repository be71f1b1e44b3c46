package org.timeatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Insets;
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
 * The explorer's scene leaves room for the window's frame (title bar, borders), so that frame and scene stay inside
 * the screen's visible area: on a 1024×768 screen under a window manager the timeline's overview bar lay below the
 * edge. The headless screen draws no frame, so the tests give one.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFrameFitTest {

    private static final Insets TITLE_BAR = new Insets(23, 1, 1, 1);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @Test
    void aSceneAsLargeAsTheScreenIsShrunkByTheFrame() {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        Rectangle2D size = ExplorerStage.fitted(visible.getWidth(), visible.getHeight(), TITLE_BAR);
        assertEquals(visible.getWidth() - 2, size.getWidth(), 0.01);
        assertEquals(visible.getHeight() - 24, size.getHeight(), 0.01);
    }

    @Test
    void aSceneThatFitsWithItsFrameKeepsItsSize() {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        Rectangle2D size = ExplorerStage.fitted(visible.getWidth() - 100, visible.getHeight() - 100, TITLE_BAR);
        assertEquals(visible.getWidth() - 100, size.getWidth(), 0.01);
        assertEquals(visible.getHeight() - 100, size.getHeight(), 0.01);
    }

    @Test
    void aWindowWhoseFrameReachesPastTheBottomIsMovedUpInside(FxRobot robot) {
        // the scene alone ends 10 pixels above the edge; with the frame it would end 14 below
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            stage.setX(visible.getMinX() + 30);
            stage.setY(visible.getMaxY() - 310);
            ExplorerStage.keepFrameInside(stage, TITLE_BAR);
        });
        assertEquals(visible.getMaxY() - 300 - 24, stage.getY(), 0.5);
        assertEquals(visible.getMinX() + 30, stage.getX(), 0.5);
    }

    @Test
    void aWindowWithoutAFrameIsLeftWhereItIs(FxRobot robot) {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            stage.setX(visible.getMinX() + 30);
            stage.setY(visible.getMaxY() - 310);
            ExplorerStage.keepFrameInside(stage, Insets.EMPTY);
        });
        assertEquals(visible.getMaxY() - 310, stage.getY(), 0.5);
    }
}
