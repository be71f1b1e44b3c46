package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.testing.TestAtlases;

/**
 * A teacher edits their atlas while it is open: a valid save shows within 2 s and keeps the moment and the
 * selection; a broken save lists its problems and keeps the last good atlas.
 */
@ExtendWith(ApplicationExtension.class)
class HotReloadTest {

    private final App app = new App();
    private Path atlas;

    @Start
    void start(Stage stage) throws Exception {
        atlas = TestAtlases.copyOfIslands(Files.createTempDirectory("hot-reload"));
        app.open(stage, LaunchOptions.parse("--fresh", "--atlas", atlas.toString(), "--date", "2000-06-06T12:00"));
        stage.show();
    }

    @Test
    void savingAValidChangeReloadsKeepingTheMomentAndSelectionAndABrokenOneKeepsTheLastGoodAtlas(FxRobot robot)
            throws Exception {
        robot.interact(() -> app.state().selectTerritory("west-isle"));
        LocalDateTime moment = app.state().moment();
        TestAtlases.edit(atlas, "events/all.json", "Treaty signed", "Treaty signed at dawn");
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> app.explorer().context().atlas().events().stream()
                .anyMatch(e -> e.title().get("en").equals("Treaty signed at dawn")));
        WaitForAsyncUtils.waitForFxEvents(); // the reload finishes on the FX thread
        assertEquals(moment, app.state().moment(), "the moment is kept");
        assertEquals("west-isle", app.state().selectedTerritoryProperty().get(), "the selection is kept");

        TestAtlases.edit(atlas, "eras.json", "\"calm\",", "\"calm\" ");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> robot.lookup("#problems-list").tryQuery().isPresent());
        String listed = robot.lookup("#problems-list").queryAs(TextArea.class).getText();
        assertTrue(listed.startsWith("eras.json:"), listed);
        assertTrue(app.explorer().context().atlas().events().stream()
                .anyMatch(e -> e.title().get("en").equals("Treaty signed at dawn")), "the last good atlas stays");
    }
}
