package org.timeatlas.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Place;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.glossary.GlossaryView;
import org.timeatlas.ui.places.GazetteerView;
import org.timeatlas.ui.WrappingText;

@ExtendWith(ApplicationExtension.class)
class GlossaryPanelsTest {

    private static final GlossaryTerm CEASEFIRE = new GlossaryTerm("ceasefire", LocalizedText.of("ceasefire", "युद्धविराम"),
            Map.of(), LocalizedText.of("An agreed end to the fighting.", "लड़ाई रोकने पर सहमति।"), List.of());
    private static final GlossaryTerm MONITORS = new GlossaryTerm("monitors", LocalizedText.of("monitors", "पर्यवेक्षक"),
            Map.of("en", List.of("monitor")), LocalizedText.of("Unarmed observers.", "निहत्थे पर्यवेक्षक।"), List.of());

    private ExplorerState state;
    private GlossaryView glossary;
    private DetailsPanel details;
    private GazetteerView gazetteer;
    private final List<Place> chosen = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Atlas islands = TestAtlases.islands();
        Atlas atlas = new Atlas(islands.info(), islands.statuses(), islands.territories(), islands.events(),
                islands.eras(), islands.places(), islands.base(), islands.sources(), List.of(CEASEFIRE, MONITORS),
                islands.sides(), islands.movements(), islands.dayCards());
        state = new ExplorerState(atlas.info().start(), atlas.info().end(), atlas.info().defaultMoment(), "en");
        Texts texts = new Texts(state);
        details = new DetailsPanel(atlas, state, texts, new org.timeatlas.ui.CurrentEvents(
                new org.timeatlas.time.StateIndex(atlas), new org.timeatlas.time.TimeAxis(atlas.info().axis()), state),
                url -> { });
        details.setPrefWidth(360);
        glossary = new GlossaryView(atlas.glossary(), state, texts);
        glossary.setPrefWidth(360);
        gazetteer = new GazetteerView(atlas.places(), state, texts, chosen::add);
        gazetteer.setPrefWidth(480);
        Scene scene = new Scene(new HBox(details, glossary, gazetteer), 1200, 600);
        // the theme's palette and roles, which glossary.css refers to
        scene.getStylesheets().add(getClass().getResource("/org/timeatlas/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage all tests share keeps the size an earlier test left unless told
        stage.show();
    }

    @Test
    void clickingATermChipOfAnEventShowsTheTermsDefinition(FxRobot robot) {
        robot.interact(() -> state.selectEvent("2000-06-08-ceasefire"));
        ToggleButton chip = robot.lookup("#term-chip-ceasefire").queryAs(ToggleButton.class);
        assertEquals("ceasefire", chip.getText());
        WrappingText definition = robot.lookup("#term-definition").queryAs(WrappingText.class);
        assertFalse(definition.getParent().isVisible(), "no definition before a chip is pressed");

        robot.clickOn(chip);

        assertTrue(definition.getParent().isVisible());
        assertEquals("An agreed end to the fighting.", definition.getText());
        robot.clickOn(chip);
        assertFalse(definition.getParent().isVisible(), "pressing the chip again hides the definition");
    }

    @Test
    void aDefinitionBelowTheFoldIsScrolledIntoView(FxRobot robot) {
        robot.interact(() -> {
            details.setMinHeight(120);
            details.setPrefHeight(120);
            details.setMaxHeight(120);
            state.selectEvent("2000-06-08-ceasefire");
        });
        robot.interact(() -> details.setVvalue(0));
        // pressed as a keyboard user does (Tab to the chip, Space): the chip may itself lie below the fold
        robot.interact(robot.lookup("#term-chip-ceasefire").queryAs(ToggleButton.class)::fire);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        WrappingText definition = robot.lookup("#term-definition").queryAs(WrappingText.class);
        javafx.geometry.Bounds shown = details.localToScene(details.getLayoutBounds());
        javafx.geometry.Bounds text = definition.localToScene(definition.getLayoutBounds());
        assertTrue(text.getMaxY() <= shown.getMaxY() + 1 && text.getMinY() >= shown.getMinY() - 1,
                "the definition " + text + " is inside the panel " + shown);
    }

    @Test
    void anEventShowsOnlyTheTermsItsTextUses(FxRobot robot) {
        robot.interact(() -> state.selectEvent("2000-06-10-monitors"));
        assertTrue(robot.lookup("#term-chip-monitors").tryQuery().isPresent());
        assertFalse(robot.lookup("#term-chip-ceasefire").tryQuery().isPresent());
        robot.interact(() -> state.selectEvent("2000-03-01-treaty"));
        assertFalse(robot.lookup("#term-chips").tryQuery().isPresent(), "no chips when no term is used");
    }

    @Test
    void termChipsFollowTheLanguage(FxRobot robot) {
        robot.interact(() -> {
            state.selectEvent("2000-06-08-ceasefire");
            state.setLanguage("hi");
        });
        robot.clickOn("#term-chip-ceasefire");
        assertEquals("युद्धविराम", robot.lookup("#term-chip-ceasefire").queryAs(ToggleButton.class).getText());
        assertEquals("लड़ाई रोकने पर सहमति।", robot.lookup("#term-definition").queryAs(WrappingText.class).getText());
    }

    @Test
    void searchingTheGlossaryListsOnlyMatchingTerms(FxRobot robot) {
        assertEquals(List.of("ceasefire", "monitors"), glossary.shownTermIds());
        robot.clickOn("#glossary-search").write("unarmed");
        assertEquals(List.of("monitors"), glossary.shownTermIds());
        assertEquals(1, robot.lookup("#glossary-entries").queryAs(javafx.scene.layout.VBox.class).getChildren().size());
    }

    @Test
    void searchingPlacesFindsThemByNameAndSelectingOneHandsItOn(FxRobot robot) {
        robot.clickOn("#gazetteer-search").write("east");
        assertEquals(List.of("eastport"), gazetteer.shownPlaceIds());
        TableView<?> table = robot.lookup("#gazetteer-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertEquals(List.of("eastport"), chosen.stream().map(Place::id).toList());
    }
}
