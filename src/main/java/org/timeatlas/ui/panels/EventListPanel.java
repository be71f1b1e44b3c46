package org.timeatlas.ui.panels;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Event;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/** The events near the current moment; selecting one selects it everywhere, and the other way round. */
public final class EventListPanel extends VBox {

    private final ListView<Event> list = new ListView<>();
    private final ExplorerState state;
    /** At most this many events are listed; the heading counts them all. */
    static final int MAX_ROWS = 200;

    private final javafx.collections.ObservableList<Event> shown = javafx.collections.FXCollections.observableArrayList();
    private boolean followingState;
    private final EventMetaLines metaLines;
    private final javafx.util.Subscription subscriptions;

    public EventListPanel(CurrentEvents currentEvents, ExplorerState state, Texts texts) {
        this.state = state;
        this.metaLines = new EventMetaLines(texts);
        getStyleClass().add("event-list-panel");
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.setId("events-heading");
        // The count is set from the list itself: a size binding only the heading's binding held was collected,
        // and the heading then showed (0) above three rows.
        Label more = new Label();
        more.setId("events-more");
        more.getStyleClass().add("details-meta");
        more.managedProperty().bind(more.visibleProperty());
        Runnable count = () -> {
            int all = currentEvents.events().size();
            heading.setText(texts.get("events.heading", all));
            // a list of thousands (an atlas with 10,000 events on one day) is neither readable nor cheap to keep
            // in step: the first rows are listed and the rest counted
            // replacing the rows moves the list's own selection; that must not select another event
            boolean wasFollowing = followingState;
            followingState = true;
            try {
                shown.setAll(currentEvents.events().subList(0, Math.min(all, MAX_ROWS)));
            } finally {
                followingState = wasFollowing;
            }
            more.setVisible(all > MAX_ROWS);
            more.setText(all > MAX_ROWS ? texts.get("events.more", all - MAX_ROWS) : "");
        };
        count.run();
        Label empty = new Label();
        empty.textProperty().bind(texts.text("events.none"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setItems(shown);
        list.setId("event-list");
        list.setCellFactory(view -> new EventCell(texts, metaLines));
        // Titles wrap, so each cell takes its own height: this outweighs the fixed cell size app.css gives the list
        list.setStyle("-fx-fixed-cell-size: -1;");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> { // the list's own
            if (!followingState && event != null) {
                state.selectEvent(event.id());
            }
        });
        javafx.collections.ListChangeListener<Event> eventsChanged = change -> {
            count.run();
            showSelection(state.selectedEventProperty().get());
        };
        currentEvents.events().addListener(eventsChanged);
        subscriptions = state.selectedEventProperty().subscribe((old, id) -> showSelection(id))
                .and(() -> currentEvents.events().removeListener(eventsChanged))
                .and(state.languageProperty().subscribe((old, language) -> {
                    count.run();
                    list.refresh();
                }));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list, more);
    }

    /** Ends its listeners on the explorer state. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    private void showSelection(String eventId) {
        followingState = true;
        try {
            Event match = list.getItems().stream().filter(e -> e.id().equals(eventId)).findFirst().orElse(null);
            if (match == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(match);
                list.scrollTo(match);
            }
        } finally {
            followingState = false;
        }
    }

    /**
     * A line with the date and type, then the whole title, wrapped over as many lines as it needs (in words, so
     * Hindi wraps correctly): a title cut short with "…" hid what the event was. A cell is as tall as its title.
     */
    private static final class EventCell extends ListCell<Event> {
        // pseudo-classes, not style classes: a cell given another event changes state without its style being
        // looked up again (a style class removed and added re-applies the style sheets to the cell and its lines)
        private static final javafx.css.PseudoClass CLAIM = javafx.css.PseudoClass.getPseudoClass("claim");
        private static final javafx.css.PseudoClass KEY = javafx.css.PseudoClass.getPseudoClass("importance-3");
        private final Texts texts;
        private final EventMetaLines metaLines;
        private final Label meta = new Label();
        private final org.timeatlas.ui.WrappingText title = new org.timeatlas.ui.WrappingText("", "event-cell-title");
        private final VBox lines = new VBox(1, meta, title);

        EventCell(Texts texts, EventMetaLines metaLines) {
            this.texts = texts;
            this.metaLines = metaLines;
            getStyleClass().add("event-cell");
            meta.getStyleClass().add("event-cell-meta");
            title.getStyleClass().add("event-cell-title");
            lines.setMinWidth(0);
            // The lines stay managed while hidden: a cell's skin leaves an unmanaged graphic out of its children,
            // and decides that only when it is made or given another graphic or text. A cell whose skin was made
            // while it was empty (made while presentation mode had taken the list away, then emptied by the
            // filters) never drew its lines again: blank rows, whatever event it was given later.
            setPrefWidth(0);
            meta.setMinWidth(0);
            title.setMinWidth(0);
        }

        @Override
        protected void updateItem(Event event, boolean empty) {
            super.updateItem(event, empty);
            pseudoClassStateChanged(CLAIM, !empty && event != null && event.claim());
            pseudoClassStateChanged(KEY, !empty && event != null && event.importance() == 3);
            setText(null);
            // the lines stay the cell's graphic, hidden when it is empty: taken out and put back they were styled
            // again each time a cell came back into use
            setGraphic(lines);
            lines.setVisible(!empty && event != null);
            if (empty || event == null) {
                return;
            }
            meta.setText(metaLines.of(event));
            title.setText(event.title().get(texts.current().language()));
            requestLayout();
        }

        /** As tall as the title wrapped to the cell's width. */
        @Override
        protected double computePrefHeight(double width) {
            if (isEmpty() || getItem() == null || width <= 0) {
                return super.computePrefHeight(width);
            }
            double inner = width - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + lines.prefHeight(inner) + snappedBottomInset();
        }
    }
}
