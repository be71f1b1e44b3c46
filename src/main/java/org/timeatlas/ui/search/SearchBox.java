package org.timeatlas.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timeatlas.search.SearchGroup;
import org.timeatlas.search.SearchHit;
import org.timeatlas.search.SearchIndex;
import org.timeatlas.search.SearchResults;
import org.timeatlas.ui.Texts;

/**
 * The search field of the toolbar and its results, grouped, in a panel over the window under the field. Every
 * keystroke searches again; ↓ goes into the results, ↑ from the first back to the field, Enter takes the
 * result selected (or the first), Esc closes. What taking a result does is the caller's; a glossary term's
 * definition is shown in the panel itself.
 */
final class SearchBox {

    /** How many hits of each group are listed; the heading says how many there are in all. */
    static final int PER_GROUP = 6;
    /** Columns of the field while it is in use: "Search events, places, terms (Ctrl+F)" and its Hindi fit. */
    static final int EXPANDED_COLUMNS = 20;
    private static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");

    private final Texts texts;
    private final Supplier<SearchIndex> index;
    private final Consumer<SearchHit> take;
    private final TextField field = TextFields.createClearableTextField();
    private final ListView<SearchRow> results = new ListView<>();
    private final Label status = new Label();
    private final Label definitionTitle = new Label();
    private final Label definitionText = new Label();
    private final VBox definition = new VBox(definitionTitle, definitionText);
    private final VBox panel = new VBox(results, status, definition);
    private final StackPane layer = new StackPane(panel);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final Function<SearchHit, String> definitionOf;

    SearchBox(Texts texts, Supplier<SearchIndex> index, Consumer<SearchHit> take, Function<SearchHit, String> detail,
              Function<SearchHit, String> definitionOf) {
        this.texts = texts;
        this.index = index;
        this.take = take;
        this.definitionOf = definitionOf;
        field.setId("search-field");
        field.getStyleClass().add("search-field");
        // a magnifier only, until the field has the keyboard or a query: then wide enough for the whole prompt.
        // A field narrow enough for an old 1024-pixel projector's toolbar could only show "Searc".
        FontIcon magnifier = new FontIcon("mdi2m-magnify");
        magnifier.getStyleClass().add("toolbar-icon");
        ((CustomTextField) field).setLeft(magnifier);
        BooleanBinding expanded = field.focusedProperty().or(field.textProperty().isNotEmpty());
        field.prefColumnCountProperty().bind(Bindings.when(expanded).then(EXPANDED_COLUMNS).otherwise(0));
        field.promptTextProperty().bind(Bindings.when(expanded).then(texts.text("search.prompt")).otherwise(""));
        field.pseudoClassStateChanged(COLLAPSED, true);
        expanded.subscribe(now -> field.pseudoClassStateChanged(COLLAPSED, !now)); // its own properties
        field.accessibleTextProperty().bind(texts.text("search.prompt"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.text("search.prompt"));
        field.setTooltip(tip);
        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setCellFactory(list -> new SearchRowCell(texts, detail));
        results.setFocusTraversable(false);
        status.getStyleClass().add("search-status");
        definition.setId("search-definition");
        definition.getStyleClass().add("search-definition");
        definitionTitle.getStyleClass().add("search-definition-title");
        definitionText.setWrapText(true);
        showDefinition(null);
        panel.setId("search-panel");
        panel.getStyleClass().add("search-panel");
        panel.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        panel.getStylesheets().add(SearchBox.class.getResource("/org/timeatlas/ui/search.css").toExternalForm());
        layer.setId("search-layer");
        layer.setPickOnBounds(false);
        layer.setAlignment(Pos.TOP_LEFT);
        layer.setVisible(false);
        layer.visibleProperty().bind(open);
        field.textProperty().addListener((obs, was, now) -> refresh()); // its own field
        field.focusedProperty().addListener((obs, was, now) -> { // its own field
            if (now) {
                show();
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::fieldKey);
        results.addEventFilter(KeyEvent.KEY_PRESSED, this::resultsKey);
        results.setOnMouseClicked(click -> {
            SearchRow row = results.getSelectionModel().getSelectedItem();
            if (row != null && !row.isHeading()) {
                choose(row.hit());
            }
        });
    }

    /** The field, for the toolbar. */
    Node field() {
        return field;
    }

    /** The layer over the window that holds the results panel. */
    Node layer() {
        return layer;
    }

    /** Whether the results panel is open. */
    ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True while the field or the results have the keyboard: Esc then closes the search. */
    BooleanBinding hasKeyboard() {
        return Bindings.createBooleanBinding(() -> field.isFocused() || results.isFocused(),
                field.focusedProperty(), results.focusedProperty());
    }

    /** Puts the keyboard in the field, its text selected, and opens the results. */
    void focus() {
        field.requestFocus();
        field.selectAll();
        show();
    }

    /** Closes the results and gives the keyboard back to the window. */
    void close() {
        open.set(false);
        showDefinition(null);
        if (field.getScene() != null && (field.isFocused() || results.isFocused())) {
            field.getScene().getRoot().requestFocus();
        }
    }

    /** Runs the query again (the language changed: titles are shown in the new one). */
    void refresh() {
        showDefinition(null);
        String query = field.getText();
        List<SearchRow> rows = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            SearchResults found = index.get().search(query, PER_GROUP);
            for (SearchGroup group : SearchGroup.values()) {
                if (found.total(group) > 0) {
                    rows.add(SearchRow.heading(group, found.total(group)));
                    found.of(group).forEach(hit -> rows.add(SearchRow.of(hit)));
                }
            }
            status.setText(found.isEmpty() ? texts.get("search.none", query.strip()) : texts.get("search.keys"));
        } else {
            status.setText(texts.get("search.hint"));
        }
        results.getItems().setAll(rows);
        results.setVisible(!rows.isEmpty());
        results.setManaged(!rows.isEmpty());
        results.setPrefHeight(Math.min(rows.size(), 14) * rowHeight() + 4);
        if (!rows.isEmpty()) {
            results.getSelectionModel().select(1);
            results.scrollTo(0);
        }
        if (field.isFocused()) {
            show();
        }
    }

    private double rowHeight() {
        return field.getFont().getSize() * 3.1;
    }

    private void show() {
        place();
        open.set(true);
    }

    /** Puts the panel just under the field, its left edge at the field's, kept inside the window. */
    private void place() {
        if (field.getScene() == null) {
            return;
        }
        Bounds at = field.localToScene(field.getBoundsInLocal());
        double width = Math.max(at.getWidth(), field.getFont().getSize() * 34);
        double left = Math.max(0, Math.min(at.getMinX(), field.getScene().getWidth() - width - 4));
        panel.setPrefWidth(width);
        StackPane.setMargin(panel, new Insets(at.getMaxY() + 2, 0, 0, left));
    }

    private void fieldKey(KeyEvent key) {
        if (key.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
            results.requestFocus();
            moveTo(firstHit(0, 1));
            key.consume();
        } else if (key.getCode() == KeyCode.ENTER) {
            SearchRow row = results.getSelectionModel().getSelectedItem();
            if (row != null && !row.isHeading()) {
                choose(row.hit());
            }
            key.consume();
        }
    }

    private void resultsKey(KeyEvent key) {
        int at = results.getSelectionModel().getSelectedIndex();
        switch (key.getCode()) {
            case DOWN -> moveTo(firstHit(at + 1, 1));
            case UP -> {
                int previous = firstHit(at - 1, -1);
                if (previous < 0) {
                    field.requestFocus();
                    field.end();
                } else {
                    moveTo(previous);
                }
            }
            case ENTER -> {
                SearchRow row = results.getSelectionModel().getSelectedItem();
                if (row != null && !row.isHeading()) {
                    choose(row.hit());
                }
            }
            default -> {
                return;
            }
        }
        key.consume();
    }

    /** The index of the first hit (not a heading) from {@code from} in {@code direction}, or -1. */
    private int firstHit(int from, int direction) {
        for (int i = from; i >= 0 && i < results.getItems().size(); i += direction) {
            if (!results.getItems().get(i).isHeading()) {
                return i;
            }
        }
        return -1;
    }

    private void moveTo(int row) {
        if (row >= 0) {
            results.getSelectionModel().select(row);
            results.scrollTo(Math.max(0, row - 1));
        }
    }

    private void choose(SearchHit hit) {
        if (hit.entry().group() == SearchGroup.TERMS) {
            showDefinition(hit);
            return;
        }
        close();
        take.accept(hit);
    }

    private void showDefinition(SearchHit term) {
        boolean shown = term != null;
        definition.setVisible(shown);
        definition.setManaged(shown);
        if (shown) {
            definitionTitle.setText(term.entry().title().get(texts.current().language()));
            definitionText.setText(definitionOf.apply(term));
        }
    }

    /** Ends what the box listens to. */
    Subscription dispose() {
        return () -> {
            field.promptTextProperty().unbind();
            layer.visibleProperty().unbind();
        };
    }
}
