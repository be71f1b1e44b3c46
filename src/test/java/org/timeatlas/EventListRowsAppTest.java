package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.atlas.Event;
import org.timeatlas.ui.WrappingText;

/**
 * Every row of the event list shows its event's date line and title, also rows made while the list was away from
 * the window (presentation mode takes the side column out) and first shown while they had no event.
 */
@ExtendWith(ApplicationExtension.class)
class EventListRowsAppTest {

    private final App app = new App();

    @Start
    void start(Stage stage) {
        app.open(stage, LaunchOptions.parse("--date", "2008-08-10", "--size", "1366x768", "--lang", "en"));
        stage.show();
    }

    @Test
    void rowsMadeWhileTheListWasAwayAndEmptyShowTheirEventsOnceFilled(FxRobot robot) {
        assertTrue(listed(robot).size() > 5, "a day of the war lists more events than the list has room for");
        robot.clickOn("#current-moment");
        robot.type(KeyCode.F5);
        assertTrue(robot.lookup("#presentation-band").tryQuery().isPresent(), "F5 presents");
        // switching language remakes the list's rows, here while the list is out of the window
        robot.interact(() -> app.state().setLanguage("hi"));
        robot.interact(() -> app.state().setEventFilter(event -> false));
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#presentation-band").tryQuery().isEmpty(), "Esc ends presenting");
        assertEquals(List.of(), listed(robot), "the filters hide every event");

        robot.interact(() -> app.state().setEventFilter(null));
        assertTrue(listed(robot).size() > 5, "shown again");
        assertEveryRowShowsItsEvent(robot);

        robot.interact(() -> app.state().setMoment(app.state().moment().plusHours(6)));
        assertEveryRowShowsItsEvent(robot);
    }

    private static void assertEveryRowShowsItsEvent(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> rows = robot.lookup("#event-list .event-cell").queryAll().stream()
                .<ListCell<?>>map(node -> (ListCell<?>) node)
                .filter(cell -> !cell.isEmpty() && cell.isVisible() && cell.getParent() != null)
                .toList();
        assertFalse(rows.isEmpty(), "rows are shown");
        for (ListCell<?> row : rows) {
            Event event = (Event) row.getItem();
            // looked up from the row: lines kept as the graphic but left out of the row's children are never drawn
            Label meta = (Label) row.lookup(".event-cell-meta");
            WrappingText title = (WrappingText) row.lookup(".wrapping-text");
            assertNotNull(meta, "row " + row.getIndex() + " (" + event.id() + ") draws its date line");
            assertNotNull(title, "row " + row.getIndex() + " (" + event.id() + ") draws its title");
            assertTrue(shown(meta) && shown(title), "row " + row.getIndex() + "'s lines are visible");
            assertEquals(event.title().get("hi"), title.getText(), "row " + row.getIndex() + "'s title");
            assertFalse(meta.getText().isBlank(), "row " + row.getIndex() + "'s date line");
        }
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }

    @SuppressWarnings("unchecked")
    private static List<Event> listed(FxRobot robot) {
        return List.copyOf(robot.lookup("#event-list").queryAs(ListView.class).getItems());
    }
}
