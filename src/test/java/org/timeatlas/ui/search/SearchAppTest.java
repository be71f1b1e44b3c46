package org.timeatlas.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
import org.timeatlas.ui.ExplorerState;

/** Search in the explorer on the Georgia atlas: keys, grouping, and what Enter does. */
@ExtendWith(ApplicationExtension.class)
class SearchAppTest {

    static {
        ExplorerFixture.allowSlowSetup();
    }

    private static final Atlas GEORGIA = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();
    private final ExplorerFixture fixture = new ExplorerFixture(Path.of("target", "test-settings", "search"));

    @Start
    void start(Stage stage) {
        fixture.show(stage, GEORGIA, LocalDateTime.of(1995, 1, 1, 0, 0), "en", List.of(new SearchFeature()));
    }

    @Test
    void kodoriIsFoundFromLatinDevanagariAndCyrillic(FxRobot robot) {
        for (String query : List.of("kodori", "कोडोरी", "Кодори")) {
            robot.interact(() -> state().selectTerritory(null));
            robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
            robot.interact(() -> field(robot).setText(query));
            List<String> shown = shownIds(robot);
            assertTrue(shown.contains("upper-kodori"), query + " lists the Upper Kodori gorge: " + shown);
            robot.interact(() -> results(robot).getItems().stream().filter(row -> !row.isHeading()
                            && row.hit().entry().id().equals("upper-kodori")
                            && row.group() == org.timeatlas.search.SearchGroup.TERRITORIES).findFirst()
                    .ifPresent(row -> results(robot).getSelectionModel().select(row)));
            robot.type(KeyCode.ENTER);
            assertEquals("upper-kodori", state().selectedTerritoryProperty().get(), query);
            assertFalse(robot.lookup("#search-layer").query().isVisible(), "taking a result closes the panel");
        }
    }

    @Test
    void slashOpensTheSearchDownGoesIntoTheResultsAndEnterOnAnEventMovesTheMomentAndSelectsIt(FxRobot robot) {
        robot.type(KeyCode.SLASH);
        assertTrue(field(robot).isFocused(), "/ puts the keyboard in the search field");
        assertEquals("", field(robot).getText(), "the / that opened the search is not typed into it");
        robot.interact(() -> field(robot).setText("roki tunnel"));
        assertTrue(results(robot).getItems().get(0).isHeading(), "results start with a group heading");
        robot.type(KeyCode.DOWN);
        assertTrue(results(robot).isFocused(), "↓ goes into the results");
        SearchRow chosen = results(robot).getSelectionModel().getSelectedItem();
        assertFalse(chosen.isHeading());
        assertEquals(org.timeatlas.search.SearchGroup.EVENTS, chosen.group(), "events come first");
        Event event = GEORGIA.event(chosen.hit().entry().id()).orElseThrow();
        robot.type(KeyCode.ENTER);
        assertEquals(event.start(), state().moment(), "Enter moves to the event's moment");
        assertEquals(event.id(), state().selectedEventProperty().get(), "and selects it");
    }

    @Test
    void escClosesTheSearchAndGivesTheKeysBackToTheWindow(FxRobot robot) {
        robot.type(KeyCode.SLASH);
        robot.write("gori");
        assertTrue(robot.lookup("#search-layer").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#search-layer").query().isVisible());
        assertFalse(field(robot).isFocused());
        LocalDateTime before = state().moment();
        robot.type(KeyCode.RIGHT);
        assertTrue(state().moment().isAfter(before), "→ steps the timeline again once the search is closed");
    }

    @Test
    void aClickOnTheMapTakesTheKeysFromTheSearchSoTheArrowsMoveThroughTimeAgain(FxRobot robot) {
        robot.type(KeyCode.SLASH);
        robot.write("gori");
        assertTrue(field(robot).isFocused());
        javafx.scene.Node map = robot.lookup(".map-pane").query();
        javafx.geometry.Bounds shown = map.localToScreen(map.getBoundsInLocal());
        // a spot on the map away from its buttons, legend and the search's results (which lie over its top right)
        robot.clickOn(shown.getMinX() + shown.getWidth() * 0.3, shown.getMinY() + shown.getHeight() * 0.6);
        assertFalse(field(robot).isFocused(), "the map has the keys after a click on it");
        LocalDateTime before = state().moment();
        robot.type(KeyCode.RIGHT);
        assertTrue(state().moment().isAfter(before), "→ steps the timeline after a click on the map");
    }

    @Test
    void aGlossaryTermShowsItsDefinitionInThePanelAndResultsFollowTheLanguage(FxRobot robot) {
        robot.type(KeyCode.SLASH);
        robot.interact(() -> field(robot).setText("JPKF"));
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#search-definition").query().isVisible(), "the term's definition is shown");
        robot.interact(() -> state().setLanguage("hi"));
        String hindiHeading = results(robot).getItems().get(0).group().name();
        assertEquals("TERMS", hindiHeading);
        assertTrue(robot.lookup(".search-heading").queryAll().stream()
                .anyMatch(node -> node instanceof javafx.scene.control.ListCell<?> cell
                        && cell.getText() != null && cell.getText().startsWith("शब्दावली")),
                "headings are in Hindi after switching");
    }

    private ExplorerState state() {
        return fixture.explorer().context().state();
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup("#search-field").queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<SearchRow> results(FxRobot robot) {
        return robot.lookup("#search-results").queryAs(ListView.class);
    }

    private static List<String> shownIds(FxRobot robot) {
        return results(robot).getItems().stream().filter(row -> !row.isHeading())
                .map(row -> row.hit().entry().id()).toList();
    }
}
