package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.WrappingText;
import org.timeatlas.ui.map.MapPane;

/** The lens switch on the embedded atlas, the day after Russia recognised Abkhazia and South Ossetia. */
class LensAppTest extends EmbeddedAtlasAppTest {

    @Start
    void start(Stage stage) {
        open(stage, "2008-08-27");
    }

    @Test
    void theThreeLensesFillAbkhaziaWithThreeDifferentStatusesAndPaints(FxRobot robot) {
        MapPane map = robot.lookup(".map-pane").queryAs(MapPane.class);
        Path abkhazia = robot.lookup("#territory-abkhazia").queryAs(Path.class);
        List<String> statuses = new ArrayList<>();
        List<Paint> fills = new ArrayList<>();
        for (String lens : List.of("control", "law", "recognition")) {
            robot.clickOn("#lens-" + lens);
            assertEquals(lens, app.state().lens());
            assertTrue(robot.lookup("#lens-" + lens).queryAs(ToggleButton.class).isSelected());
            statuses.add(map.fillStatusOf("abkhazia"));
            fills.add(abkhazia.getFill());
        }
        assertEquals(List.of("separatist", "law-autonomous-republic", "rec-russia"), statuses);
        assertEquals(3, new HashSet<>(fills).size(), "three different fills: " + fills);
        robot.clickOn("#lens-recognition");
        assertEquals("recognition", app.state().lens(), "a click on the lens already on keeps it on");
    }

    @Test
    void vCyclesThroughTheLensesAndTheLegendFollows(FxRobot robot) {
        Atlas atlas = app.explorer().context().atlas();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seen.add(app.state().lens());
            robot.type(KeyCode.V);
        }
        assertEquals(List.of(ExplorerState.CONTROL_LENS, "law", "recognition"), seen);
        assertEquals(ExplorerState.CONTROL_LENS, app.state().lens(), "V after the last lens comes back to the first");
        robot.type(KeyCode.V);
        assertEquals(atlas.lens("law").orElseThrow().name().get("en"),
                robot.lookup("#map-legend-lens").queryAs(Label.class).getText());
        List<String> legend = robot.lookup(".map-legend-main .map-legend-label").queryAllAs(Label.class).stream()
                .filter(LensAppTest::shown).map(Label::getText).toList();
        assertTrue(legend.contains("Georgia"), "the legal lens's own legend: " + legend);
        assertTrue(!legend.contains("De facto authorities"), "not the control lens's legend: " + legend);
    }

    @Test
    void theHoverCardAndTheHistoryPanelSayWhichLensTheyDescribe(FxRobot robot) {
        MapPane map = robot.lookup(".map-pane").queryAs(MapPane.class);
        robot.clickOn("#lens-recognition");
        Point2D sukhumi = map.pointOf(41.02, 43.0);
        robot.moveTo(map.localToScreen(sukhumi));
        assertEquals("abkhazia", map.territoryAt(sukhumi.getX(), sukhumi.getY()).orElseThrow());
        // this window's map: a window of a test before may still be open, with a hover card of its own
        Label lens = robot.from(map).lookup(".map-hover-lens").queryAs(Label.class);
        assertEquals("Lens: Who recognised what", lens.getText());
        assertEquals("Recognised as independent by Russia only",
                robot.from(map).lookup(".map-hover-status").queryAs(Label.class).getText());

        robot.interact(() -> app.state().selectTerritory("abkhazia"));
        assertEquals("Status history in the lens: Who recognised what",
                robot.lookup("#territory-history-lens").queryAs(WrappingText.class).getText());
        Atlas atlas = app.explorer().context().atlas();
        assertEquals(atlas.lens("recognition").orElseThrow().history("abkhazia").size(),
                robot.lookup(".span-row").queryAll().size());
        robot.type(KeyCode.V);
        assertEquals("Status history in the lens: Control on the ground",
                robot.lookup("#territory-history-lens").queryAs(WrappingText.class).getText());
        assertEquals(atlas.territory("abkhazia").orElseThrow().history().size(),
                robot.lookup(".span-row").queryAll().size());
        robot.moveTo(map.localToScreen(map.pointOf(44.8, 41.7))); // Tbilisi, then back to Sukhumi
        robot.moveTo(map.localToScreen(sukhumi));
        assertEquals("Lens: Control on the ground", lens.getText());
        assertEquals("De facto authorities", robot.lookup(".map-hover-status").queryAs(Label.class).getText());
    }

    /** True if the node and all its parents are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
