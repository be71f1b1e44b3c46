package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.ui.map.MapPane;
import org.timeatlas.ui.timeline.TimelineView;

/**
 * Ctrl+= / Ctrl+− / Ctrl+0 scale the whole interface live, in steps from 75 % to 250 %: the root font, and with it
 * the names on the map and the labels the timeline draws, which are not sized by the style sheets themselves.
 */
@ExtendWith(ApplicationExtension.class)
class UiScaleAppTest {

    private static final double ROOT_AT_100 = 13;

    private final App app = new App();

    @Start
    void start(Stage stage) {
        app.open(stage, LaunchOptions.parse("--atlas", TestAtlases.islandsFolder().toString(),
                "--date", "2000-06-01", "--size", "1280x800"));
        stage.show();
    }

    @AfterEach
    void backToNormal(FxRobot robot) {
        robot.interact(app.uiScale()::reset);
    }

    @Test
    void ctrlEqualsTwiceScalesRootMapNamesAndTimelineLabelsAlikeAndCtrlZeroRestores(FxRobot robot) {
        MapPane map = robot.lookup(".map-pane").queryAs(MapPane.class);
        TimelineView timeline = robot.lookup(".timeline").queryAs(TimelineView.class);
        String name = map.visibleLabelIds().get(0);
        double root = rootFontSize(robot);
        double mapName = map.labelFontSize(name);
        double year = timeline.yearLabelFontSize();
        double timelineHeight = timeline.getHeight();
        assertEquals(ROOT_AT_100, root, 0.01, "13 px at 100 %");

        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);

        assertEquals(1.25, app.uiScale().get(), 1e-9, "100 → 110 → 125 %");
        assertEquals(1.25 * root, rootFontSize(robot), 0.01);
        assertEquals(1.25 * mapName, map.labelFontSize(name), 0.01, "the name " + name + " on the map");
        assertEquals(1.25 * year, timeline.yearLabelFontSize(), 0.01, "the timeline's year labels");
        assertTrue(timeline.getHeight() > 1.2 * timelineHeight, "the timeline grows with its labels: "
                + timelineHeight + " → " + timeline.getHeight());
        assertFalse(map.visibleLabelIds().isEmpty(), "names are placed again at their new size");

        ctrl(robot, KeyCode.DIGIT0);

        assertEquals(1, app.uiScale().get(), 1e-9);
        assertEquals(root, rootFontSize(robot), 0.01);
        assertEquals(mapName, map.labelFontSize(name), 0.01);
        assertEquals(year, timeline.yearLabelFontSize(), 0.01);
        assertEquals(timelineHeight, timeline.getHeight(), 0.5);
    }

    @Test
    void theScaleStopsAt75And250Percent(FxRobot robot) {
        for (int i = 0; i < 12; i++) {
            ctrl(robot, KeyCode.EQUALS);
        }
        assertEquals(2.5, app.uiScale().get(), 1e-9);
        assertEquals(2.5 * ROOT_AT_100, rootFontSize(robot), 0.01);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(2.5, app.uiScale().get(), 1e-9, "Ctrl++ (Ctrl+Shift+=) does not go past 250 %");

        for (int i = 0; i < 12; i++) {
            ctrl(robot, KeyCode.MINUS);
        }
        assertEquals(0.75, app.uiScale().get(), 1e-9);
        assertEquals(0.75 * ROOT_AT_100, rootFontSize(robot), 0.01);
        ctrl(robot, KeyCode.MINUS);
        assertEquals(0.75, app.uiScale().get(), 1e-9, "nor Ctrl+− below 75 %");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(0.9, app.uiScale().get(), 1e-9, "Ctrl++ (Ctrl+Shift+=) steps up like Ctrl+=");
    }

    @Test
    void aToolWindowOpenedAtAScaleHasItAndFollowsAChange(FxRobot robot) {
        ctrl(robot, KeyCode.EQUALS);
        robot.clickOn("#current-moment").type(KeyCode.F);
        TextField search = robot.lookup("#gazetteer-search").queryAs(TextField.class);
        assertEquals(1.1 * ROOT_AT_100, search.getFont().getSize(), 0.01, "the places window at 110 %");

        robot.interact(app.uiScale()::larger);
        assertEquals(1.25 * ROOT_AT_100, search.getFont().getSize(), 0.01, "and at 125 %, while it is open");
    }

    @Test
    void theCommandsAreInTheViewMenuWithTheirKeys(FxRobot robot) {
        List<String> ids = List.of("view.scale.larger", "view.scale.smaller", "view.scale.reset");
        for (String id : ids) {
            var command = app.explorer().context().commands().find(id).orElseThrow();
            assertEquals("menu.view.scale", command.menuPlace().submenuKey(), id);
            assertFalse(command.keyCombinations().isEmpty(), id);
        }
        var menus = app.explorer().window().root().lookup("#menu-bar");
        var view = ((javafx.scene.control.MenuBar) menus).getMenus().stream()
                .filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
        var textSize = view.getItems().stream().filter(i -> "submenu-menu-view-scale".equals(i.getId()))
                .map(i -> (javafx.scene.control.Menu) i).findFirst().orElseThrow();
        assertEquals(List.of("menu-item-view-scale-larger", "menu-item-view-scale-smaller", "menu-item-view-scale-reset"),
                textSize.getItems().stream().map(javafx.scene.control.MenuItem::getId).toList());
        assertEquals("Ctrl+=", textSize.getItems().get(0).getAccelerator().getDisplayText());
        assertEquals(List.of(), app.explorer().context().commands().keyConflicts(), "no key means two things");
    }

    private double rootFontSize(FxRobot robot) {
        robot.interact(() -> { }); // let a pulse apply the style sheets
        // a label without a size of its own takes the root font
        return robot.lookup("#events-heading").queryAs(Label.class).getFont().getSize();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }
}
