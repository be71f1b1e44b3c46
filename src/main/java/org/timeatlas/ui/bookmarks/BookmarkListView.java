package org.timeatlas.ui.bookmarks;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.bookmarks.Bookmark;
import org.timeatlas.bookmarks.Bookmarks;
import org.timeatlas.ui.Texts;

/**
 * The bookmarks, newest last, each as its moment, what it shows and its note. Enter (or a double click) goes
 * back to one, F2 edits its note, Delete removes it; the buttons do the same and export them as Markdown.
 */
final class BookmarkListView extends VBox {

    private final ListView<Bookmark> list = new ListView<>();

    /** What the buttons and keys ask for. */
    interface Actions {
        void restore(Bookmark bookmark);

        void edit(Bookmark bookmark);

        void delete(Bookmark bookmark);

        void export();
    }

    BookmarkListView(Atlas atlas, ObjectProperty<Bookmarks> bookmarks, Texts texts, Actions actions) {
        setId("bookmarks-panel");
        getStyleClass().add("bookmarks-panel");
        getStylesheets().add(BookmarkListView.class.getResource("/org/timeatlas/ui/bookmarks.css").toExternalForm());
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(texts.computed(m -> m.get("bookmarks.heading", bookmarks.get().items().size()),
                bookmarks));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(texts.text("bookmarks.empty"));
        list.setId("bookmark-list");
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new BookmarkCell(atlas, texts));
        bookmarks.subscribe(now -> {
            Bookmark selected = list.getSelectionModel().getSelectedItem();
            list.getItems().setAll(now.items());
            if (selected != null) {
                now.items().stream().filter(b -> b.id().equals(selected.id())).findFirst()
                        .ifPresent(b -> list.getSelectionModel().select(b));
            }
        });
        texts.languageProperty().subscribe(language -> list.refresh());
        list.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            Bookmark selected = list.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (key.getCode() == KeyCode.ENTER) {
                actions.restore(selected);
            } else if (key.getCode() == KeyCode.F2) {
                actions.edit(selected);
            } else if (key.getCode() == KeyCode.DELETE) {
                actions.delete(selected);
            } else {
                return;
            }
            key.consume();
        });
        list.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                actions.restore(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        FlowPane buttons = new FlowPane(button("bookmark-go", "bookmarks.go", texts, () -> actions.restore(selected())),
                button("bookmark-edit", "bookmarks.edit", texts, () -> actions.edit(selected())),
                button("bookmark-delete", "bookmarks.delete", texts, () -> actions.delete(selected())),
                button("bookmark-export", "bookmarks.exportButton", texts, actions::export));
        buttons.getStyleClass().add("bookmarks-buttons");
        buttons.getChildren().stream().limit(3).forEach(b -> b.disableProperty().bind(
                list.getSelectionModel().selectedItemProperty().isNull()));
        buttons.getChildren().get(3).disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(list.getItems()));
        getChildren().addAll(heading, list, buttons);
    }

    ListView<Bookmark> list() {
        return list;
    }

    private Bookmark selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private static Button button(String id, String key, Texts texts, Runnable run) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(texts.text(key));
        button.setOnAction(pressed -> run.run());
        return button;
    }

    private static final class BookmarkCell extends ListCell<Bookmark> {
        private final Atlas atlas;
        private final Texts texts;
        private final Label when = new Label();
        private final Label what = new Label();
        private final Label note = new Label();
        private final VBox box = new VBox(when, what, note);

        BookmarkCell(Atlas atlas, Texts texts) {
            this.atlas = atlas;
            this.texts = texts;
            when.getStyleClass().add("bookmark-moment");
            what.getStyleClass().add("bookmark-what");
            note.getStyleClass().add("bookmark-note");
            note.setWrapText(true);
            box.setMinWidth(0);
            box.setPrefWidth(1);
        }

        @Override
        protected void updateItem(Bookmark bookmark, boolean empty) {
            super.updateItem(bookmark, empty);
            if (empty || bookmark == null) {
                setGraphic(null);
                return;
            }
            String language = texts.current().language();
            when.setText(texts.current().moment(bookmark.moment(), true));
            String shown = bookmark.eventId() != null
                    ? atlas.event(bookmark.eventId()).map(e -> e.title().get(language)).orElse("")
                    : bookmark.territoryId() != null
                    ? atlas.territory(bookmark.territoryId()).map(t -> t.name().get(language)).orElse("") : "";
            what.setText(shown);
            what.setManaged(!shown.isEmpty());
            what.setVisible(!shown.isEmpty());
            note.setText(bookmark.note().isEmpty() ? texts.get("bookmarks.noNote") : bookmark.note());
            setGraphic(box);
        }
    }
}
