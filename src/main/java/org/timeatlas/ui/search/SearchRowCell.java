package org.timeatlas.ui.search;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.timeatlas.search.SearchHit;
import org.timeatlas.ui.Texts;

/** Draws a heading as "Places (3)" and a hit as its title over a line that says what it is and how it was found. */
final class SearchRowCell extends ListCell<SearchRow> {

    private final Texts texts;
    private final Function<SearchHit, String> detail;
    private final Label title = new Label();
    private final Label line = new Label();
    private final VBox hitBox = new VBox(title, line);

    SearchRowCell(Texts texts, Function<SearchHit, String> detail) {
        this.texts = texts;
        this.detail = detail;
        title.getStyleClass().add("search-hit-title");
        line.getStyleClass().add("search-hit-detail");
        hitBox.getStyleClass().add("search-hit");
    }

    @Override
    protected void updateItem(SearchRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove("search-heading");
        setText(null);
        setGraphic(null);
        if (empty || row == null) {
            return;
        }
        if (row.isHeading()) {
            getStyleClass().add("search-heading");
            setText(texts.get("search.group." + row.group().name().toLowerCase(Locale.ROOT), row.total()));
            return;
        }
        title.setText(row.hit().entry().title().get(texts.current().language()));
        String about = detail.apply(row.hit());
        line.setText(about);
        line.setVisible(!about.isEmpty());
        line.setManaged(!about.isEmpty());
        setGraphic(hitBox);
    }
}
