package org.timeatlas.ui.panels;

import org.timeatlas.ui.Labels;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.WrappingText;

/**
 * "Terms: JPKF · Roki Tunnel" — the glossary terms an event's text uses, as chips. Pressing a chip shows
 * the term's definition under the chips; pressing it again hides it.
 */
final class TermChips {

    private TermChips() {
    }

    static VBox of(List<GlossaryTerm> terms, Messages messages) {
        String language = messages.language();
        FlowPane chips = new FlowPane(4, 4);
        chips.getStyleClass().add("term-chip-row");
        chips.getChildren().add(Labels.styled(new Label(messages.get("glossary.terms")), "term-chips-label"));
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < terms.size(); i++) {
            GlossaryTerm term = terms.get(i);
            ToggleButton chip = new ToggleButton(term.term().get(language));
            chip.getStyleClass().add("term-chip");
            chip.setId("term-chip-" + term.id());
            chip.setUserData(term);
            chip.setToggleGroup(group);
            // the separator travels with the chip before it, so a wrapped row never starts with one
            HBox unit = new HBox(4, chip);
            if (i < terms.size() - 1) {
                unit.getChildren().add(Labels.styled(new Label("·"), "term-chip-separator"));
            }
            unit.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            chips.getChildren().add(unit);
        }
        WrappingText name = new WrappingText("", "term-definition-title");
        name.setId("term-definition-title");
        WrappingText definition = new WrappingText("", "term-definition-text");
        definition.setId("term-definition");
        VBox shown = new VBox(2, name, definition);
        shown.getStyleClass().add("term-definition");
        shown.managedProperty().bind(shown.visibleProperty());
        shown.setVisible(false);
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            shown.setVisible(selected != null);
            if (selected != null) {
                GlossaryTerm term = (GlossaryTerm) selected.getUserData();
                name.setText(term.term().get(language));
                definition.setText(term.definition().get(language));
                javafx.application.Platform.runLater(() -> scrollIntoView(shown));
            }
        }); // the group's own property: it goes with the chips
        VBox box = new VBox(4, chips, shown);
        box.getStyleClass().add("term-chips");
        box.setId("term-chips");
        return box;
    }

    /** Scrolls the panel that holds {@code node} just enough to show all of it (a definition below the fold). */
    static void scrollIntoView(javafx.scene.Node node) {
        javafx.scene.Node n = node.getParent();
        while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        if (!(n instanceof javafx.scene.control.ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        javafx.geometry.Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (inContent.getMaxY() > top + viewport) {
            newTop = Math.min(inContent.getMinY(), inContent.getMaxY() - viewport);
        } else if (inContent.getMinY() < top) {
            newTop = inContent.getMinY();
        }
        scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
    }
}
