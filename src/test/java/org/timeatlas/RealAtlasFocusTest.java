package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.i18n.Messages;
import org.timeatlas.time.FocusSteps;
import org.timeatlas.ui.map.MapPane;

/** The embedded atlas's war, stepped through 7 to 12 August 2008 as a teacher would, with the arrow key. */
@ExtendWith(ApplicationExtension.class)
class RealAtlasFocusTest {

    private static final List<String> WATCHED = List.of("south-ossetia", "upper-kodori", "buffer-zone-gori");

    private final App app = new App();
    private final Atlas atlas = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();

    @Start
    void start(Stage stage) {
        app.open(stage, LaunchOptions.parse("--date", "2008-08-07", "--size", "1280x800"));
        stage.show();
    }

    @Test
    void steppingFromTheSeventhToTheTwelfthShowsEachDaysCardAndWhoHeldWhat(FxRobot robot) {
        assertTrue(app.state().isDayByDayMode(), "opening on 7 August starts in day-by-day mode");
        FocusPeriod war = atlas.info().focusAt(app.state().moment()).orElseThrow();
        FocusSteps steps = new FocusSteps(war);
        Messages english = new Messages("en");
        MapPane map = robot.lookup(".map-pane").queryAs(MapPane.class);
        LocalDateTime last = LocalDateTime.of(2008, 8, 12, 0, 0);
        int days = 0;
        while (true) {
            LocalDateTime moment = app.state().moment();
            if (moment.getHour() == 0) {
                LocalDate day = moment.toLocalDate();
                assertEquals(english.date(day), robot.lookup("#day-card-date").queryAs(Label.class).getText());
                for (String id : WATCHED) {
                    String expected = atlas.territory(id).orElseThrow().spanAt(moment).orElseThrow().statusId();
                    assertEquals(expected, map.fillStatusOf(id), id + " on " + day);
                }
                if (day.getDayOfMonth() == 9) {
                    // pinned, so the test notices if the data above stopped changing at all
                    assertEquals("contested", map.fillStatusOf("south-ossetia"));
                    assertEquals("contested", map.fillStatusOf("upper-kodori"));
                }
                days++;
            }
            if (!moment.isBefore(last)) {
                break;
            }
            LocalDateTime target = steps.step(moment, 1);
            robot.type(KeyCode.RIGHT);
            try {
                WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> target.equals(app.state().moment()));
            } catch (java.util.concurrent.TimeoutException late) {
                throw new AssertionError("stuck at " + app.state().moment() + " on the way to " + target, late);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(6, days, "7, 8, 9, 10, 11 and 12 August");
    }
}
