package org.timeatlas.ui.panels;

import org.timeatlas.ui.Labels;
import java.util.function.Consumer;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.GlossaryIndex;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * Shows what was selected last: an event's details or a territory's status history. Rebuilt only when the
 * selection or language changes; a change of moment only re-marks the current history row.
 */
public final class DetailsPanel extends ScrollPane {


    private final Atlas atlas;
    private final GlossaryIndex glossary;
    private final ExplorerState state;
    private final Texts texts;
    private final Consumer<String> openUrl;
    private final VBox content = new VBox();
    private TerritoryHistory history;
    private Shown shown = Shown.NOTHING;
    private final CurrentEvents currentEvents;
    private final javafx.scene.control.Hyperlink elsewhere = new javafx.scene.control.Hyperlink();
    private final javafx.util.Subscription subscriptions;

    private enum Shown { NOTHING, EVENT, TERRITORY }

    public DetailsPanel(Atlas atlas, ExplorerState state, Texts texts, CurrentEvents currentEvents,
                        Consumer<String> openUrl) {
        this.currentEvents = currentEvents;
        elsewhere.setId("details-not-now");
        elsewhere.getStyleClass().add("details-not-now");
        elsewhere.setWrapText(true);
        this.atlas = atlas;
        this.glossary = new GlossaryIndex(atlas.glossary());
        this.state = state;
        this.texts = texts;
        this.openUrl = openUrl;
        getStyleClass().add("details-panel");
        getStylesheets().add(DetailsPanel.class.getResource(Labels.GLOSSARY_CSS).toExternalForm());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("details-content");
        setContent(content);
        subscriptions = state.selectedEventProperty().subscribe((old, id) -> show(id == null ? shownAfterClear() : Shown.EVENT))
                .and(state.selectedTerritoryProperty().subscribe((old, id) ->
                        show(id == null ? shownAfterClear() : Shown.TERRITORY)))
                .and(state.languageProperty().subscribe((old, language) -> show(shown)))
                .and(state.lensProperty().subscribe((old, lens) -> {
                    if (shown == Shown.TERRITORY) {
                        show(shown);
                    }
                }))
                .and(state.momentProperty().subscribe((old, moment) -> {
                    if (history != null) {
                        history.markCurrent(moment);
                    }
                    markElsewhere();
                }))
                .and(state.revealUntilProperty().subscribe((old, horizon) -> {
                    if (history != null) {
                        history.revealUntil(horizon);
                    }
                }));
        show(Shown.NOTHING);
    }

    /** Ends its listeners on the explorer state. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    private Shown shownAfterClear() {
        if (state.selectedEventProperty().get() != null) {
            return Shown.EVENT;
        }
        return state.selectedTerritoryProperty().get() != null ? Shown.TERRITORY : Shown.NOTHING;
    }

    private void show(Shown what) {
        shown = what;
        history = null;
        content.getChildren().clear();
        switch (what) {
            case EVENT -> atlas.event(state.selectedEventProperty().get()).ifPresentOrElse(event -> {
                content.getChildren().add(elsewhere);
                content.getChildren().add(EventDetails.of(event, atlas, glossary, texts.current(), openUrl));
                markElsewhere();
            }, this::showHint);
            case TERRITORY -> atlas.territory(state.selectedTerritoryProperty().get()).ifPresentOrElse(territory -> {
                history = new TerritoryHistory(territory, atlas, state.lens(), texts, openUrl);
                history.markCurrent(state.moment());
                history.revealUntil(state.revealUntil());
                content.getChildren().add(history.view());
            }, this::showHint);
            case NOTHING -> showHint();
        }
        setVvalue(0);
    }

    /**
     * Says so when the event shown is not among the events around the moment (the student moved on in time),
     * with a link back to it, rather than presenting it as if it belonged to the moment now shown.
     */
    private void markElsewhere() {
        if (shown != Shown.EVENT) {
            return;
        }
        String id = state.selectedEventProperty().get();
        boolean here = currentEvents.events().stream().anyMatch(e -> e.id().equals(id));
        elsewhere.setVisible(!here);
        elsewhere.setManaged(!here);
        if (!here) {
            atlas.event(id).ifPresent(event -> {
                elsewhere.setText(texts.get("details.notNow", EventText.when(event, texts.current())));
                elsewhere.setOnAction(e -> state.setMoment(event.start()));
            });
        }
    }

    private void showHint() {
        content.getChildren().add(new WrappingText(texts.get("details.hint"), "details-hint"));
    }
}
