package org.timeatlas.ui.panels;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Source;
import org.timeatlas.ui.WrappingText;

/** Numbered citations, each with its web address as a link (opened by the caller's browser hook). */
final class SourceList {

    private SourceList() {
    }

    static VBox of(List<Source> sources, Consumer<String> openUrl) {
        VBox box = new VBox(2);
        box.getStyleClass().add("source-list");
        int number = 1;
        for (Source source : sources) {
            box.getChildren().add(new WrappingText(number++ + ". " + source.citation(), "citation"));
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
