package org.timeatlas.ui.tours;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourLevel;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * The atlas's tours to choose from (Go → Tours…): each with its title, description, level, duration and number of
 * steps in the current language, and a mark on those the student finished. Fully keyboard: the list has the focus,
 * ↑/↓ move, Enter (or a double click) starts the tour chosen.
 */
final class TourChooserView extends BorderPane {

    private final ListView<Tour> list;
    /** Held here so that the weak listener on the language lives as long as the view. */
    private final javafx.util.Subscription relabel;

    TourChooserView(List<Tour> tours, ExplorerState state, Texts texts, Predicate<String> finished,
                    Consumer<Tour> start) {
        setId("tour-chooser");
        getStyleClass().add("tour-chooser");
        getStylesheets().add(TourChooserView.class.getResource(ToursFeature.CSS).toExternalForm());
        Label heading = new Label();
        heading.textProperty().bind(texts.text("tours.chooser.heading"));
        heading.getStyleClass().add("tour-chooser-heading");
        heading.setWrapText(true);
        list = new ListView<>(FXCollections.observableArrayList(tours));
        list.setId("tour-list");
        list.setCellFactory(view -> new TourCell(state, texts, finished));
        Label empty = new Label();
        empty.textProperty().bind(texts.text("tours.chooser.empty"));
        list.setPlaceholder(empty);
        list.getSelectionModel().selectFirst();
        list.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                start.accept(list.getSelectionModel().getSelectedItem());
                key.consume();
            }
        });
        list.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                start.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Label hint = new Label();
        hint.textProperty().bind(texts.text("tours.chooser.hint"));
        hint.getStyleClass().add("tour-chooser-hint");
        hint.setWrapText(true);
        setTop(heading);
        setCenter(list);
        setBottom(hint);
        relabel = state.languageProperty().subscribe((was, now) -> list.refresh());
    }

    /** Stops following the language (the explorer state outlives the chooser). */
    void dispose() {
        relabel.unsubscribe();
    }

    /**
     * Brings the list up to date (finished marks, the language) and gives it the focus, on the tour now running or
     * else the one chosen last.
     */
    void refresh(Tour running) {
        list.refresh();
        if (running != null && list.getItems().contains(running)) {
            list.getSelectionModel().select(running);
        }
        if (list.getSelectionModel().getSelectedIndex() < 0) {
            list.getSelectionModel().selectFirst();
        }
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex()));
        list.requestFocus();
    }

    /** A tour's row: title (and a finished mark), description, then level · minutes · steps. */
    private static final class TourCell extends ListCell<Tour> {
        private final ExplorerState state;
        private final Texts texts;
        private final Predicate<String> finished;

        TourCell(ExplorerState state, Texts texts, Predicate<String> finished) {
            this.state = state;
            this.texts = texts;
            this.finished = finished;
            getStyleClass().add("tour-cell");
            setPrefWidth(0); // wraps to the list's width instead of widening it
        }

        @Override
        protected void updateItem(Tour tour, boolean empty) {
            super.updateItem(tour, empty);
            setText(null);
            if (empty || tour == null) {
                setGraphic(null);
                return;
            }
            String language = state.language();
            WrappingText title = new WrappingText(tour.title().get(language), "tour-cell-title");
            HBox head = new HBox(title);
            HBox.setHgrow(title, Priority.ALWAYS);
            if (finished.test(tour.id())) {
                Label done = new Label(texts.get("tours.finished"));
                done.getStyleClass().add("tour-cell-finished");
                done.setMinWidth(Label.USE_PREF_SIZE);
                head.getChildren().add(done);
            }
            String facts = texts.get(tour.level() == TourLevel.INTRODUCTORY ? "tours.level.introductory"
                    : "tours.level.detailed") + " · " + texts.get("tours.minutes", tour.minutes()) + " · "
                    + texts.get("tours.steps", tour.steps().size());
            VBox box = new VBox(head, new WrappingText(tour.description().get(language), "tour-cell-description"),
                    new WrappingText(facts, "tour-cell-facts"));
            box.getStyleClass().add("tour-cell-box");
            box.setMinWidth(0);
            setGraphic(box);
        }
    }
}
