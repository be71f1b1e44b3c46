package org.timeatlas.ui.places;

import org.timeatlas.ui.Labels;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Place;
import org.timeatlas.atlas.PlaceIndex;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/**
 * The atlas's places with their names in English, Hindi, Georgian and Russian, searchable by any of them.
 * Selecting a place hands it to {@code onSelect} (the application shows it on the map).
 */
public final class GazetteerView extends VBox implements AutoCloseable {

    private final javafx.util.Subscription languageChanges;

    private static final List<String> NAME_LANGUAGES = List.of("en", "hi", "ka", "ru");

    private final PlaceIndex index;
    private final TableView<Place> table = new TableView<>();
    private final TextField search = new TextField();

    public GazetteerView(List<Place> places, ExplorerState state, Texts texts, Consumer<Place> onSelect) {
        super(6);
        this.index = new PlaceIndex(places);
        getStylesheets().add(GazetteerView.class.getResource(Labels.GLOSSARY_CSS).toExternalForm());
        getStyleClass().add("gazetteer-view");
        setId("gazetteer-view");
        Label heading = Labels.styled(new Label(), "details-title");
        heading.textProperty().bind(texts.text("gazetteer.title"));
        Label hint = Labels.styled(new Label(), "details-meta");
        hint.textProperty().bind(texts.text("gazetteer.hint"));
        hint.setWrapText(true);
        search.setId("gazetteer-search");
        search.promptTextProperty().bind(texts.text("gazetteer.search"));
        table.setId("gazetteer-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (String language : NAME_LANGUAGES) {
            TableColumn<Place, String> column = new TableColumn<>();
            column.textProperty().bind(texts.text("gazetteer.column." + language));
            column.getStyleClass().add("gazetteer-name-" + language);
            column.setPrefWidth(150);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    row.getValue().name().byLanguage().getOrDefault(language, "")));
            table.getColumns().add(column);
        }
        TableColumn<Place, String> kind = new TableColumn<>();
        kind.textProperty().bind(texts.text("gazetteer.column.kind"));
        kind.setPrefWidth(90);
        kind.setCellValueFactory(row -> new ReadOnlyStringWrapper(texts.get("gazetteer.kind." + row.getValue().kind())));
        table.getColumns().add(kind);
        Label empty = new Label();
        empty.textProperty().bind(texts.text("gazetteer.none"));
        table.setPlaceholder(empty);
        table.getItems().setAll(index.search(""));
        search.textProperty().addListener((obs, old, query) -> table.getItems().setAll(index.search(query)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, place) -> {
            if (place != null) {
                onSelect.accept(place);
            }
        });
        languageChanges = state.languageProperty().subscribe((old, language) -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, hint, search, table);
    }

    /** Ids of the places listed now, in order. */
    public List<String> shownPlaceIds() {
        return table.getItems().stream().map(Place::id).toList();
    }

    /** Ends its listener on the explorer state, when its window is closed for good. */
    @Override
    public void close() {
        languageChanges.unsubscribe();
    }
}
