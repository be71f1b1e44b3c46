package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.testing.TestAtlases;

/**
 * What a session leaves behind is where the next one starts: moment, language, day-by-day mode and the atlas
 * folder; --date and --lang win over it, and --fresh neither reads nor writes it.
 */
@ExtendWith(ApplicationExtension.class)
class RememberedSessionAppTest {

    @TempDir
    static Path settingsFolder;

    private final String before = System.getProperty(org.timeatlas.ui.shell.RememberedSession.FOLDER_PROPERTY);
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        System.setProperty(org.timeatlas.ui.shell.RememberedSession.FOLDER_PROPERTY, settingsFolder.toString());
    }

    @AfterEach
    void restoreProperty() {
        if (before == null) {
            System.clearProperty(org.timeatlas.ui.shell.RememberedSession.FOLDER_PROPERTY);
        } else {
            System.setProperty(org.timeatlas.ui.shell.RememberedSession.FOLDER_PROPERTY, before);
        }
    }

    @Test
    void aPlainStartOpensWhereTheLastSessionLeftOff(FxRobot robot) throws Exception {
        String islands = TestAtlases.islandsFolder().toString();
        App first = new App();
        robot.interact(() -> first.open(stage, LaunchOptions.parse("--atlas", islands, "--date", "2000-06-05T06:00",
                "--lang", "hi")));
        assertTrue(first.state().isDayByDayMode(), "the islands' war period opens day by day");
        robot.interact(first.uiScale()::larger);
        robot.interact(first::rememberSession);
        assertTrue(Files.exists(settingsFolder.resolve("settings.json")));

        App second = new App();
        robot.interact(() -> second.open(stage, LaunchOptions.parse()));
        assertEquals(LocalDateTime.of(2000, 6, 5, 6, 0), second.state().moment(), "the remembered moment");
        assertEquals("hi", second.state().language(), "the remembered language");
        assertTrue(second.state().isDayByDayMode());
        assertEquals(1.1, second.uiScale().get(), 1e-9, "the remembered interface scale");
        assertEquals(TestAtlases.islands().info().title(), second.explorer().context().atlas().info().title(),
                "the atlas folder last open");

        App third = new App();
        robot.interact(() -> third.open(stage, LaunchOptions.parse("--lang", "en", "--date", "2000-03-01")));
        assertEquals("en", third.state().language(), "--lang wins");
        assertEquals(LocalDateTime.of(2000, 3, 1, 0, 0), third.state().moment(), "--date wins");
    }

    @Test
    void freshIgnoresTheRememberedSettingsAndWritesNone(FxRobot robot) throws Exception {
        Path file = settingsFolder.resolve("settings.json");
        Files.deleteIfExists(file);
        App app = new App();
        robot.interact(() -> app.open(stage, LaunchOptions.parse("--fresh", "--atlas",
                TestAtlases.islandsFolder().toString())));
        robot.interact(app::rememberSession);
        assertFalse(Files.exists(file), "--fresh writes nothing");
    }

    @Test
    void aCorruptSettingsFileGivesTheDefaults(FxRobot robot) throws Exception {
        Files.writeString(settingsFolder.resolve("settings.json"), "{ \"moment\": ");
        App app = new App();
        robot.interact(() -> app.open(stage, LaunchOptions.parse("--atlas", TestAtlases.islandsFolder().toString())));
        assertEquals(TestAtlases.islands().info().defaultMoment(), app.state().moment());
        assertEquals("en", app.state().language());
    }
}
