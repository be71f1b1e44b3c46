package org.timeatlas.ui.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.ui.search.ExplorerFixture;

/** Filters in the explorer: hiding claims takes them off the map and out of the list, and is remembered. */
@ExtendWith(ApplicationExtension.class)
class FiltersAppTest {

    static {
        ExplorerFixture.allowSlowSetup();
    }

    private static final Atlas GEORGIA = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();
    /** A day of the war with claims placed on the map. */
    private static final LocalDateTime MOMENT = GEORGIA.events().stream()
            .filter(e -> e.claim() && e.location() != null && e.start().getYear() == 2008 && e.start().getMonthValue() == 8)
            .findFirst().orElseThrow().start();
    private static final Path SETTINGS = Path.of("target", "test-settings", "filters");

    private ExplorerFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        Files.deleteIfExists(SETTINGS.resolve("settings.json"));
        this.stage = stage;
        fixture = new ExplorerFixture(SETTINGS);
        fixture.show(stage, GEORGIA, MOMENT, "en", List.of(new FiltersFeature()));
    }

    @Test
    void hidingClaimsTakesThemOffTheMapAndOutOfTheListAndIsRemembered(FxRobot robot) {
        assertTrue(visibleClaimMarkers(robot) > 0, "claims are on the map at " + MOMENT);
        assertTrue(listed(robot).stream().anyMatch(Event::claim), "and in the list");
        assertFalse(robot.lookup("#filters-note-box").query().isVisible(), "nothing hidden yet");
        assertTrue(robot.lookup("#filters-panel").tryQuery().isEmpty(), "the panel is made when first opened");

        robot.press(KeyCode.SHIFT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.SHIFT);
        assertTrue(robot.lookup("#filters-layer").query().isVisible(), "Shift+F opens the panel");
        assertTrue(robot.lookup("#filters-panel .check-box").query().isFocused(), "with the keyboard on its first choice");
        robot.clickOn("#filters-claims");
        assertFalse(robot.lookup("#filters-claims").queryAs(javafx.scene.control.CheckBox.class).isSelected(),
                "the click unticks claims");
        assertFalse(fixture.explorer().context().state().shownEventsProperty().get()
                .test(GEORGIA.events().stream().filter(Event::claim).findFirst().orElseThrow()), "the state hides claims");

        assertEquals(0, visibleClaimMarkers(robot), "no claim left on the map");
        assertTrue(listed(robot).stream().noneMatch(Event::claim), "none in the list");
        assertTrue(robot.lookup("#filters-note-box").query().isVisible(), "the toolbar says events are hidden");
        long claims = GEORGIA.events().stream().filter(Event::claim).count();
        assertEquals(claims + " of " + GEORGIA.events().size() + " events hidden by the filters",
                robot.lookup("#filters-hidden").queryLabeled().getText());

        robot.interact(() -> fixture.show(stage, GEORGIA, MOMENT, "en", List.of(new FiltersFeature())));
        assertEquals(0, visibleClaimMarkers(robot), "the filter survives re-creating the explorer");
        assertTrue(robot.lookup("#filters-note-box").query().isVisible());

        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#filters-layer").query().isVisible(), "Esc closes the panel");
        robot.clickOn("#filters-show-all");
        assertTrue(visibleClaimMarkers(robot) > 0, "one click shows them again");
        assertFalse(robot.lookup("#filters-note-box").query().isVisible());
    }

    private static long visibleClaimMarkers(FxRobot robot) {
        return robot.lookup(".map-event.claim").queryAll().stream()
                .filter(FiltersAppTest::onTheEventLayer) // not the legend's samples
                .filter(FiltersAppTest::shownInScene).count();
    }

    private static boolean onTheEventLayer(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("map-event-layer")) {
                return true;
            }
        }
        return false;
    }

    private static boolean shownInScene(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @SuppressWarnings("unchecked")
    private static List<Event> listed(FxRobot robot) {
        return List.copyOf(robot.lookup("#event-list").queryAs(ListView.class).getItems());
    }
}
