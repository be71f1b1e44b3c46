package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.timeatlas.geo.MapView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.atlas.Event;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.WrappingText;
import org.timeatlas.ui.map.MapPane;
import org.timeatlas.ui.timeline.TimelineView;

/**
 * The whole explorer on the synthetic islands atlas: nothing in it is about Georgia, so these tests also
 * show the engine hard-codes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerAppTest {

    private final App app = new App();

    @Start
    void start(Stage stage) {
        app.open(stage, LaunchOptions.parse("--atlas", TestAtlases.islandsFolder().toString(),
                "--date", "2000-06-01", "--size", "1280x800"));
        stage.show();
    }

    @Test
    void opensAtTheRequestedDateWithItShownInTheToolbar(FxRobot robot) {
        assertEquals(LocalDateTime.of(2000, 6, 1, 0, 0), state().moment());
        assertEquals("1 June 2000", robot.lookup("#current-moment").queryAs(Label.class).getText());
    }

    @Test
    void arrowKeysStepDaysMonthsAndYears(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertEquals(LocalDateTime.of(2000, 6, 2, 0, 0), state().moment());
        assertEquals("2 June 2000", robot.lookup("#current-moment").queryAs(Label.class).getText());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(LocalDateTime.of(2000, 7, 2, 0, 0), state().moment());
        robot.type(KeyCode.LEFT);
        assertEquals(LocalDateTime.of(2000, 7, 1, 0, 0), state().moment());
        robot.type(KeyCode.HOME);
        assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), state().moment());
        robot.type(KeyCode.END);
        assertEquals(LocalDateTime.of(2000, 12, 31, 23, 59), state().moment());
    }

    @Test
    void mapKeysZoomPanAndFitWhileArrowsKeepSteppingTimeAfterAClickOnTheMap(FxRobot robot) {
        MapPane map = map(robot);
        MapView home = map.viewProperty().get();
        robot.clickOn(map);
        robot.type(KeyCode.RIGHT);
        assertEquals(LocalDateTime.of(2000, 6, 2, 0, 0), state().moment(), "a click on the map does not take →");
        robot.type(KeyCode.EQUALS);
        assertTrue(map.viewProperty().get().metresPerPixel() < home.metresPerPixel(), "= (the + key) zooms in");
        double centre = map.viewProperty().get().centerX();
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertTrue(map.viewProperty().get().centerX() > centre, "Alt+→ shows more of the east");
        robot.type(KeyCode.DIGIT0);
        assertEquals(home, map.viewProperty().get(), "0 fits the whole area");
    }

    @Test
    void anEventLeftBehindInTimeIsMarkedAsNotAtTheMomentWithAWayBack(FxRobot robot) {
        robot.type(KeyCode.PAGE_DOWN);
        String selected = state().selectedEventProperty().get();
        LocalDateTime at = state().moment();
        assertTrue(!robot.lookup("#details-not-now").query().isVisible(), "at its moment it is not marked");
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertEquals(selected, state().selectedEventProperty().get(), "the selection stays");
        assertTrue(robot.lookup("#details-not-now").query().isVisible(), "a year later it is marked");
        robot.clickOn("#details-not-now");
        assertEquals(at, state().moment(), "the link goes back to it");
    }

    @Test
    void pageDownVisitsTheNextEventAndShowsItsDetails(FxRobot robot) {
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(LocalDateTime.of(2000, 6, 5, 4, 30), state().moment());
        assertEquals("2000-06-05-landing", state().selectedEventProperty().get());
        assertEquals("Landing at Westport", robot.lookup("#event-title").queryAs(WrappingText.class).getText());
        assertEquals("war", map(robot).fillStatusOf("west-isle"));
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("2000-06-06-who-fired", state().selectedEventProperty().get());
        assertTrue(robot.lookup(".claim-banner").match(n -> n instanceof WrappingText).queryAs(WrappingText.class).getText().contains("Northern council"));
        robot.type(KeyCode.PAGE_UP);
        assertEquals("2000-06-05-landing", state().selectedEventProperty().get());
    }

    @Test
    void draggingThePlayheadRecoloursTheTerritoriesWhileDragging(FxRobot robot) {
        assertEquals("north", map(robot).fillStatusOf("west-isle"));
        robot.drag(screenPointOf(robot, LocalDateTime.of(2000, 6, 1, 0, 0)), MouseButton.PRIMARY)
                .moveTo(screenPointOf(robot, LocalDateTime.of(2000, 6, 6, 12, 0)));
        assertEquals("war", map(robot).fillStatusOf("west-isle"), "the map follows while the mouse is still down");
        robot.moveTo(screenPointOf(robot, LocalDateTime.of(2000, 6, 9, 12, 0))).release(MouseButton.PRIMARY);
        assertEquals(6, state().moment().getMonthValue());
        assertEquals(9, state().moment().getDayOfMonth());
        assertEquals("south", map(robot).fillStatusOf("west-isle"));
    }

    @Test
    void eventListFollowsTheMomentAndSelectingAnEventSelectsItOnTheMap(FxRobot robot) {
        robot.interact(() -> state().setMoment(LocalDateTime.of(2000, 6, 6, 12, 0)));
        @SuppressWarnings("unchecked")
        ListView<Event> list = robot.lookup("#event-list").queryAs(ListView.class);
        List<String> shown = list.getItems().stream().map(Event::id).toList();
        assertTrue(shown.contains("2000-06-06-who-fired"), shown::toString);
        List<String> placed = list.getItems().stream().filter(e -> e.location() != null).map(Event::id).sorted().toList();
        assertEquals(placed, map(robot).visibleEventIds().stream().sorted().toList(),
                "the map marks the same events as the list (those with a place)");
        robot.interact(() -> list.getSelectionModel().select(0));
        assertEquals(shown.get(0), state().selectedEventProperty().get());
        robot.interact(() -> state().selectEvent(shown.get(shown.size() - 1)));
        assertEquals(shown.get(shown.size() - 1), list.getSelectionModel().getSelectedItem().id());
    }

    @Test
    void eventCellsShowClaimsAndKeyEventsByTheirStateWithoutRestylingWhenReused(FxRobot robot) {
        robot.interact(() -> state().setMoment(LocalDateTime.of(2000, 6, 6, 12, 0)));
        List<javafx.scene.control.ListCell<Event>> cells = eventCells(robot);
        assertTrue(cells.stream().anyMatch(cell -> cell.getItem().claim()), "the list shows a claim at this moment");
        List<List<String>> classesBefore = cells.stream().map(cell -> List.copyOf(cell.getStyleClass())).toList();
        for (javafx.scene.control.ListCell<Event> cell : cells) {
            Event event = cell.getItem();
            assertEquals(event.claim(), cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("claim")),
                    event.id());
            assertEquals(event.importance() == 3,
                    cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("importance-3")), event.id());
            // a claim is marked by an edge on the left (app.css), a fact by none
            double edge = cell.getBorder() == null ? 0 : cell.getBorder().getStrokes().get(0).getWidths().getLeft();
            assertEquals(event.claim(), edge > 0, event.id() + " left edge " + edge);
        }
        robot.interact(() -> state().setMoment(LocalDateTime.of(2000, 6, 2, 0, 0)));
        robot.interact(() -> state().setMoment(LocalDateTime.of(2000, 6, 6, 12, 0)));
        assertEquals(classesBefore, eventCells(robot).stream().map(cell -> List.copyOf(cell.getStyleClass())).toList(),
                "a cell's style classes stay as they were when it is given other events");
    }

    @SuppressWarnings("unchecked")
    private static List<javafx.scene.control.ListCell<Event>> eventCells(FxRobot robot) {
        return robot.lookup("#event-list .event-cell").queryAll().stream()
                .map(node -> (javafx.scene.control.ListCell<Event>) node)
                .filter(cell -> cell.isVisible() && cell.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.ListCell::getIndex)).toList();
    }

    @Test
    void clickingATerritoryShowsItsHistory(FxRobot robot) {
        Point2D westport = map(robot).localToScreen(map(robot).pointOf(10.3, 0.7));
        robot.clickOn(westport);
        assertEquals("west-isle", state().selectedTerritoryProperty().get());
        assertEquals("West Isle", robot.lookup("#territory-title").queryAs(WrappingText.class).getText());
        assertEquals(3, robot.lookup(".span-row").queryAll().size());
    }

    @Test
    void switchingToHindiChangesTheVisibleTexts(FxRobot robot) {
        robot.type(KeyCode.L);
        assertEquals("hi", state().language());
        assertEquals("1 जून 2000", robot.lookup("#current-moment").queryAs(Label.class).getText());
        String heading = robot.lookup(".panel-heading").queryAs(Label.class).getText();
        assertTrue(heading.startsWith("इस समय के आसपास की घटनाएँ"), heading);
        assertTrue(app.stageTitle().startsWith("टाइम एटलस"), app.stageTitle());
    }

    @Test
    void spaceStartsAndStopsPlayback(FxRobot robot) {
        robot.type(KeyCode.SPACE);
        assertTrue(state().playingProperty().get());
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.type(KeyCode.SPACE);
        assertTrue(!state().playingProperty().get());
        assertTrue(state().moment().isAfter(LocalDateTime.of(2000, 6, 1, 0, 0)), "playback moved time on");
    }

    private ExplorerState state() {
        return app.state();
    }

    private static MapPane map(FxRobot robot) {
        return robot.lookup(".map-pane").queryAs(MapPane.class);
    }

    /** Where on screen the axis shows {@code moment}: the timeline keeps 16 px padding on both sides. */
    private Point2D screenPointOf(FxRobot robot, LocalDateTime moment) {
        TimelineView timeline = robot.lookup(".timeline").queryAs(TimelineView.class);
        Bounds bounds = timeline.localToScreen(timeline.getBoundsInLocal());
        TimeAxis axis = new TimeAxis(TestAtlases.islands().info().axis());
        double left = bounds.getMinX() + timeline.getPadding().getLeft();
        double width = bounds.getWidth() - timeline.getPadding().getLeft() - timeline.getPadding().getRight();
        return new Point2D(left + axis.positionOf(moment) * width, bounds.getMaxY() - 30);
    }
}
