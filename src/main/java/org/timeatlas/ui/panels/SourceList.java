package org.timeatlas.ui.panels;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Source;

/** Numbered citations, each with its web address as a link (opened by the caller's browser hook). */
final class SourceList {

    private SourceList() {
    }

    static VBox of(List<Source> sources, Consumer<String> openUrl) {
        VBox box = new VBox(2);
        box.getStyleClass().add("source-list");
        int number = 1;
        for (Source source : sources) {
            Label citation = new Label(number++ + ". " + source.citation());
            citation.setWrapText(true);
            citation.getStyleClass().add("citation");
            box.getChildren().add(citation);
            if (source.url() != null) {
                Hyperlink link = new Hyperlink(source.url());
                link.getStyleClass().add("source-url");
                link.setWrapText(true);
                link.setOnAction(e -> openUrl.accept(source.url()));
                box.getChildren().add(link);
            }
        }
        return box;
    }
}
