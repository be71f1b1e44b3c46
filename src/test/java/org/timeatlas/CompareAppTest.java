package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.geo.MapView;
import org.timeatlas.ui.map.MapPane;

/** Compare on the embedded atlas, by keyboard: the day before the war against the day after the ceasefire. */
class CompareAppTest extends EmbeddedAtlasAppTest {

    @Start
    void start(Stage stage) {
        open(stage, "2008-08-10");
    }

    @Test
    void cShowsTwoDatedMapsOverTheMapAndTheChangesAndEscLeaves(FxRobot robot) {
        MapPane main = robot.lookup(".map-pane").queryAs(MapPane.class);
        robot.clickOn(main).type(KeyCode.C);
        assertEquals("6 August 2008", text(robot, "#compare-date-first"));
        assertEquals("13 August 2008", text(robot, "#compare-date-second"));
        MapPane first = robot.lookup("#compare-map-first").queryAs(MapPane.class);
        MapPane second = robot.lookup("#compare-map-second").queryAs(MapPane.class);
        assertEquals("contested", main.fillStatusOf("south-ossetia"), "the main map stays at 10 August");
        assertEquals("government", first.fillStatusOf("upper-kodori"));
        assertEquals("separatist", second.fillStatusOf("upper-kodori"));
        assertEquals("russian-military", second.fillStatusOf("buffer-zone-gori"));

        Bounds over = robot.lookup("#compare-view").query().localToScreen(
                robot.lookup("#compare-view").query().getLayoutBounds());
        Bounds under = main.localToScreen(main.getLayoutBounds());
        assertEquals(under.getMinX(), over.getMinX(), 1);
        assertEquals(under.getWidth(), over.getWidth(), 1, "compare takes the map's place, not the side column's");

        double listHeight = robot.lookup("#compare-changes-scroll").query().getLayoutBounds().getHeight();
        assertTrue(listHeight > 0.2 * over.getHeight(), "the list of changes keeps its share: " + listHeight);
        assertEquals("What changed, in the lens: Control on the ground", text(robot, "#compare-changes-heading"));
        List<String> changed = robot.lookup(".compare-change").queryAll().stream().map(n -> n.getId()).toList();
        assertTrue(changed.containsAll(List.of("compare-change-upper-kodori", "compare-change-south-ossetia",
                "compare-change-buffer-zone-gori")), changed.toString());
        assertFalse(changed.contains("compare-change-abkhazia"), changed.toString());
        assertTrue(text(robot, "#compare-events").startsWith("Events in between: "));
        assertFalse(robot.lookup(".compare-event-type").queryAll().isEmpty());

        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#compare-view").tryQuery().isEmpty(), "Esc leaves compare");
        robot.type(KeyCode.C);
        assertTrue(robot.lookup("#compare-view").tryQuery().isPresent());
        robot.type(KeyCode.C);
        assertTrue(robot.lookup("#compare-view").tryQuery().isEmpty(), "C leaves compare too");
    }

    @Test
    void keysMoveEachDayAndTheListFollowsTheLens(FxRobot robot) {
        robot.clickOn(".map-pane").type(KeyCode.C);
        robot.type(KeyCode.PERIOD);
        assertEquals("7 August 2008", text(robot, "#compare-date-first"));
        robot.type(KeyCode.COMMA).type(KeyCode.COMMA);
        assertEquals("5 August 2008", text(robot, "#compare-date-first"));
        robot.press(KeyCode.SHIFT).type(KeyCode.PERIOD).release(KeyCode.SHIFT);
        assertEquals("14 August 2008", text(robot, "#compare-date-second"));
        assertEquals(LocalDate.of(2008, 8, 14),
                robot.lookup("#compare-picker-second").queryAs(DatePicker.class).getValue());
        robot.interact(() -> robot.lookup("#compare-picker-second").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2008, 9, 10)));
        assertEquals("10 September 2008", text(robot, "#compare-date-second"));

        robot.type(KeyCode.V).type(KeyCode.V);
        assertEquals("recognition", app.state().lens());
        assertEquals("What changed, in the lens: Who recognised what", text(robot, "#compare-changes-heading"));
        assertTrue(robot.lookup("#compare-change-abkhazia").tryQuery().isPresent(),
                "Russia's and Nicaragua's recognitions fall between 5 August and 10 September");
        assertEquals("rec-russia-nicaragua",
                robot.lookup("#compare-map-second").queryAs(MapPane.class).fillStatusOf("abkhazia"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theTwoMapsPanAndZoomTogetherByKeyboardAndTheHiddenMapStays(FxRobot robot) {
        MapPane main = robot.lookup(".map-pane").queryAs(MapPane.class);
        robot.clickOn(main).type(KeyCode.C);
        MapView mainView = main.viewProperty().get();
        MapPane first = robot.lookup("#compare-map-first").queryAs(MapPane.class);
        MapPane second = robot.lookup("#compare-map-second").queryAs(MapPane.class);
        MapView before = second.viewProperty().get();
        robot.type(KeyCode.EQUALS).type(KeyCode.EQUALS);
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        MapView a = first.viewProperty().get();
        MapView b = second.viewProperty().get();
        assertTrue(b.metresPerPixel() < before.metresPerPixel(), "= zooms both maps in");
        assertTrue(b.centerX() > before.centerX(), "Alt+→ moves both east");
        assertEquals(a.metresPerPixel(), b.metresPerPixel(), 1e-9);
        assertEquals(a.centerX(), b.centerX(), 1e-6);
        assertEquals(a.centerY(), b.centerY(), 1e-6);
        assertEquals(mainView, main.viewProperty().get(), "the map under compare does not move");
        robot.interact(second::zoomOut);
        assertEquals(second.viewProperty().get().metresPerPixel(), first.viewProperty().get().metresPerPixel(), 1e-9,
                "the first follows the second as well");
        robot.type(KeyCode.DIGIT0);
        assertEquals(before.metresPerPixel(), second.viewProperty().get().metresPerPixel(), 1e-6, "0 fits both again");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.RIGHT);
        java.time.LocalDateTime stepped = java.time.LocalDateTime.of(2008, 8, 10, 6, 0);
        try { // a day-by-day step glides to its target in about 300 ms
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> stepped.equals(app.state().moment()));
        } catch (java.util.concurrent.TimeoutException notThere) {
            // the assertion says where it is
        }
        assertEquals(stepped, app.state().moment(), "after compare the arrows step time again");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
