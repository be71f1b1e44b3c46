package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.testing.TestAtlases;

/** The glossary and the gazetteer open from the keyboard in windows of their own; Escape closes them. */
@ExtendWith(ApplicationExtension.class)
class ReferenceWindowsAppTest {

    private final App app = new App();

    @Start
    void start(Stage stage) {
        // the embedded atlas: the islands atlas has no glossary, and then there is no glossary command
        app.open(stage, LaunchOptions.parse("--date", "2000-06-01", "--size", "1280x800"));
        stage.show();
    }

    @Test
    void keyGOpensTheGlossaryEscapeClosesItAndKeyFOpensThePlaces(FxRobot robot) {
        robot.clickOn("#current-moment").type(KeyCode.G);
        assertEquals(List.of("Glossary"), shownTitles(robot, "Glossary"));
        assertTrue(robot.lookup("#glossary-view").tryQuery().isPresent());

        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(), shownTitles(robot, "Glossary"), "Escape closes the glossary");

        robot.clickOn("#current-moment").type(KeyCode.F);
        assertEquals(List.of("Places"), shownTitles(robot, "Places"));
        assertTrue(robot.lookup("#gazetteer-view").tryQuery().isPresent());
    }

    private static List<String> shownTitles(FxRobot robot, String title) {
        return robot.listWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .map(w -> ((Stage) w).getTitle()).filter(title::equals).toList();
    }
}
