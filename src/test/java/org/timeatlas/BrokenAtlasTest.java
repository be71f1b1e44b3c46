package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.testing.TestAtlases;

/** A broken atlas given with --atlas: its problems are listed in a dialog and the embedded atlas opens. */
@ExtendWith(ApplicationExtension.class)
class BrokenAtlasTest {

    private final App app = new App();

    @Start
    void start(Stage stage) throws Exception {
        Path atlas = TestAtlases.copyOfIslands(Files.createTempDirectory("broken-atlas"));
        TestAtlases.edit(atlas, "eras.json", "\"calm\",", "\"calm\" ");
        app.open(stage, LaunchOptions.parse("--atlas", atlas.toString(), "--date", "2008-08-08"));
    }

    @Test
    void problemsAreListedWithFileLineAndColumnAndTheEmbeddedAtlasOpens(FxRobot robot) {
        TextArea problems = robot.lookup("#problems-list").queryAs(TextArea.class);
        assertTrue(problems.getText().startsWith("eras.json:2:"), problems.getText());
        assertTrue(problems.getText().contains("malformed JSON"), problems.getText());
        assertEquals(2008, app.state().moment().getYear(), "the explorer goes on with the embedded atlas");
        assertEquals("8 August 2008", robot.lookup("#current-moment").queryAs(javafx.scene.control.Label.class).getText());
    }
}
