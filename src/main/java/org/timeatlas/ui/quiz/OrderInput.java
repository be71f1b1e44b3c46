package org.timeatlas.ui.quiz;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.quiz.Response;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * A "put these events in order" question: the events' titles in a list, earliest at the top once ordered. A row
 * is dragged to its place with the mouse, or moved with Alt+↑/↓ (↑/↓ choose the row). The answer is the list as
 * it stands.
 */
final class OrderInput implements AnswerInput {

    private static final javafx.css.PseudoClass DRAGGING = javafx.css.PseudoClass.getPseudoClass("dragging");

    private final VBox box = new VBox(4);
    private final ObservableList<Event> rows;
    private final ListView<Event> list = new ListView<>();
    private final java.util.Map<Event, Double> rowHeights = new java.util.HashMap<>();

    OrderInput(Atlas atlas, List<String> shownOrder, Texts texts, String language) {
        rows = FXCollections.observableArrayList(shownOrder.stream().map(id -> atlas.event(id).orElseThrow()).toList());
        box.getStyleClass().add("quiz-order");
        list.setId("quiz-order-list");
        list.setItems(rows);
        fitRows();
        list.setMinHeight(rows.size() * 30.0);
        list.setCellFactory(view -> new Row(language));
        list.getSelectionModel().selectFirst();
        dragRows();
        box.getChildren().addAll(new WrappingText(texts.get("quiz.order.how"), "quiz-hint"), list);
    }

    /**
     * Makes the list as tall as all its rows, so that none is hidden below (a student ordered the rows in sight and
     * was marked wrong for one out of it): a title wraps to as many lines as the column's width needs, and the rows
     * measured so far count at their height, the others at {@value #ROW_ESTIMATE} px.
     */
    private void fitRows() {
        double needed = LIST_INSETS;
        for (Event row : rows) {
            needed += rowHeights.getOrDefault(row, ROW_ESTIMATE);
        }
        list.setPrefHeight(needed);
    }

    /** A one-line row's height, for rows not yet laid out. */
    private static final double ROW_ESTIMATE = 44;
    private static final double LIST_INSETS = 4;

    /** The event ids in the order shown now. */
    List<String> shownIds() {
        return rows.stream().map(Event::id).toList();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Optional<Response> response() {
        return Optional.of(new Response.Order(shownIds()));
    }

    @Override
    public void focus() {
        list.requestFocus();
    }

    @Override
    public void move(int delta) {
        int at = Math.max(0, list.getSelectionModel().getSelectedIndex());
        int next = Math.max(0, Math.min(rows.size() - 1, at + delta));
        list.getSelectionModel().select(next);
        list.getFocusModel().focus(next);
    }

    @Override
    public void moveRow(int delta) {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            moveRow(at, at + delta);
        }
    }

    @Override
    public boolean reorders() {
        return true;
    }

    private void moveRow(int from, int to) {
        if (to < 0 || to >= rows.size() || from == to) {
            return;
        }
        Event moved = rows.remove(from);
        rows.add(to, moved);
        list.getSelectionModel().select(to);
        list.getFocusModel().focus(to);
        list.scrollTo(to);
    }

    /**
     * A row pressed and released over another moves there. Plain mouse events rather than the platform's drag and
     * drop, so that it works the same on every system and in headless tests.
     */
    private void dragRows() {
        int[] pressed = {-1};
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, press -> pressed[0] = rowAt(press.getSceneX(), press.getSceneY()));
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, drag -> list.pseudoClassStateChanged(DRAGGING, pressed[0] >= 0));
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, release -> {
            list.pseudoClassStateChanged(DRAGGING, false);
            int target = rowAt(release.getSceneX(), release.getSceneY());
            if (pressed[0] >= 0 && target >= 0 && target != pressed[0]) {
                moveRow(pressed[0], target);
            }
            pressed[0] = -1;
        });
    }

    /** The index of the row under a point of the scene, or −1. */
    private int rowAt(double sceneX, double sceneY) {
        for (Node cell : list.lookupAll(".quiz-order-row")) {
            if (cell instanceof Row row && !row.isEmpty() && row.getItem() != null) {
                Point2D local = row.sceneToLocal(sceneX, sceneY);
                if (local != null && row.contains(local)) {
                    return row.getIndex();
                }
            }
        }
        return -1;
    }

    /** A row: the event's title, wrapped. */
    private final class Row extends ListCell<Event> {

        private final String language;
        private final WrappingText title = new WrappingText("", "quiz-order-title");

        Row(String language) {
            this.language = language;
            getStyleClass().add("quiz-order-row");
            title.maxWidthProperty().bind(list.widthProperty().subtract(30));
            heightProperty().addListener((obs, was, now) -> measured());
            itemProperty().addListener((obs, was, now) -> measured());
        }

        private void measured() {
            Event shown = getItem();
            if (shown != null && getHeight() > 0 && !Double.valueOf(getHeight()).equals(rowHeights.get(shown))) {
                rowHeights.put(shown, getHeight());
                fitRows();
            }
        }

        @Override
        protected void updateItem(Event item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setId(null);
            } else {
                title.setText(item.title().get(language));
                setGraphic(title);
                setId("quiz-order-row-" + getIndex());
            }
        }
    }
}
