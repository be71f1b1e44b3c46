package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.testing.TestAtlases;

/** A day with hundreds of events lists a bounded number of them and counts the rest. */
@ExtendWith(ApplicationExtension.class)
class CrowdedDayTest {

    private static final int EVENTS = 450;
    private final App app = new App();

    @Start
    void start(Stage stage) throws IOException {
        Path atlas = TestAtlases.copyOfIslands(Files.createTempDirectory("crowded"));
        List<String> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add("{\"id\": \"crowd-" + i + "\", \"start\": \"2000-03-15\", \"certainty\": \"day\","
                    + " \"type\": \"political\", \"importance\": 1, \"territories\": [],"
                    + " \"title\": {\"en\": \"Meeting " + i + "\", \"hi\": \"बैठक " + i + "\"},"
                    + " \"summary\": {\"en\": \"A meeting.\", \"hi\": \"एक बैठक।\"}, \"sources\": [\"chronicle\"]}");
        }
        Files.writeString(atlas.resolve("events/crowd.json"), "[" + String.join(",\n", events) + "]",
                StandardCharsets.UTF_8);
        app.open(stage, LaunchOptions.parse("--fresh", "--atlas", atlas.toString(), "--date", "2000-03-15T12:00"));
        stage.show();
    }

    @Test
    void theListShowsABoundedNumberOfRowsAndCountsTheRest(FxRobot robot) {
        String heading = robot.lookup("#events-heading").queryAs(Label.class).getText();
        assertTrue(heading.contains(String.valueOf(EVENTS + 1)), "the crowd and the treaty of 1 March: " + heading);
        assertEquals(200, robot.lookup("#event-list").queryAs(ListView.class).getItems().size());
        Label more = robot.lookup("#events-more").queryAs(Label.class);
        assertTrue(more.isVisible() && more.getText().contains(String.valueOf(EVENTS + 1 - 200)), more.getText());
    }
}
