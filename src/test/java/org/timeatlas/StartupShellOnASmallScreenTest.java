package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.testing.TestAtlases;

/** A window asked larger than the screen (1600×900 on the headless 1280×800 screen) opens inside it. */
@ExtendWith(ApplicationExtension.class)
class StartupShellOnASmallScreenTest {

    private final App app = new App();
    private Stage stage;
    private Scene shellScene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.openShellFirst(stage, LaunchOptions.parse("--fresh", "--atlas", TestAtlases.islandsFolder().toString(),
                "--size", "1600x900"));
        shellScene = stage.getScene();
    }

    @Test
    void theStartUpShellFitsTheScreenAsTheExplorerWill() {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        assertTrue(shellScene.getWidth() <= visible.getWidth() && shellScene.getHeight() <= visible.getHeight(),
                "the shell's scene " + shellScene.getWidth() + "×" + shellScene.getHeight() + " on " + visible);
        assertTrue(stage.getX() >= visible.getMinX() && stage.getY() >= visible.getMinY(),
                "the shell's window at " + stage.getX() + "," + stage.getY() + " is on the screen");
    }
}
