package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.testing.TestAtlases;

/** The launcher's way in: a light shell in the window at once, then the explorer built in its place. */
@ExtendWith(ApplicationExtension.class)
class StartupShellAppTest {

    private final App app = new App();
    private Stage stage;
    private Scene shellScene;
    private String shellTitle;
    private String shellMessage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.openShellFirst(stage, LaunchOptions.parse("--atlas", TestAtlases.islandsFolder().toString(),
                "--date", "2000-06-03", "--lang", "hi", "--size", "1024x700"));
        // what the window holds as openShellFirst returns, before any pulse
        shellScene = stage.getScene();
        shellTitle = ((Text) shellScene.lookup("#startup-title")).getText();
        shellMessage = ((Text) shellScene.lookup("#startup-opening")).getText();
    }

    @Test
    void showsTheShellAtOnceInTheChosenLanguage() {
        assertTrue(stage.isShowing());
        assertEquals("टाइम एटलस — जॉर्जिया और उससे अलग हुए क्षेत्र", shellTitle);
        assertEquals("एटलस खुल रहा है…", shellMessage);
        assertEquals(1024, shellScene.getWidth());
    }

    @Test
    void thenBuildsTheExplorerInItsPlaceAtTheRequestedDate(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, app::built);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene() != shellScene, "the explorer has its own scene");
        assertTrue(robot.lookup("#startup-shell").tryQuery().isEmpty());
        assertEquals(LocalDateTime.of(2000, 6, 3, 0, 0), app.state().moment());
        assertEquals("hi", app.state().language());
        assertEquals("3 जून 2000", robot.lookup("#current-moment").queryAs(Label.class).getText());
        assertEquals(1024, stage.getScene().getWidth());
    }
}
