package org.timeatlas.ui.map;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.timeatlas.atlas.Status;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/**
 * What the colours, patterns and marks mean, in the current language: every status (colour and pattern
 * swatch), then the zones drawn over them, then dashed outlines and the event marks. Collapsible.
 */
final class MapLegend extends TitledPane {

    private static final double SWATCH_WIDTH = 26;
    private static final double SWATCH_HEIGHT = 16;

    MapLegend(List<Status> statuses, StatusPaints paints, ExplorerState state, Texts texts) {
        getStyleClass().add("map-legend");
        textProperty().bind(texts.text("map.legend"));
        setAnimated(false);
        VBox rows = new VBox();
        rows.getStyleClass().add("map-legend-rows");
        for (Status status : statuses) {
            if (!status.overlay()) {
                rows.getChildren().add(row(swatch(paints, status, "map-legend-swatch"), status, state));
            }
        }
        List<Status> zones = statuses.stream().filter(Status::overlay).toList();
        if (!zones.isEmpty()) {
            Label heading = new Label();
            heading.textProperty().bind(texts.text("map.legend.zones"));
            heading.getStyleClass().add("map-legend-heading");
            rows.getChildren().add(heading);
            for (Status zone : zones) {
                rows.getChildren().add(row(swatch(paints, zone, "map-legend-zone-swatch"), zone, state));
            }
        }
        Rectangle dashed = new Rectangle(SWATCH_WIDTH, SWATCH_HEIGHT);
        dashed.getStyleClass().addAll("map-legend-swatch", "map-legend-approximate");
        dashed.getStrokeDashArray().setAll(5.0, 4.0);
        rows.getChildren().add(row(dashed, "map.legend.approximate", texts));
        rows.getChildren().add(row(eventMark("fact"), "map.legend.fact", texts));
        rows.getChildren().add(row(eventMark("claim"), "map.legend.claim", texts));
        setContent(rows);
    }

    private static Node swatch(StatusPaints paints, Status status, String styleClass) {
        Rectangle swatch = new Rectangle(SWATCH_WIDTH, SWATCH_HEIGHT);
        swatch.getStyleClass().add(styleClass);
        swatch.setFill(paints.onScreen(status.id()));
        return swatch;
    }

    private static Node eventMark(String kind) {
        Circle mark = new Circle(6);
        mark.getStyleClass().addAll("map-event-mark", kind);
        StackPane holder = new StackPane(mark);
        holder.setPrefSize(SWATCH_WIDTH, SWATCH_HEIGHT);
        holder.setMinSize(SWATCH_WIDTH, SWATCH_HEIGHT);
        return holder;
    }

    private static HBox row(Node swatch, Status status, ExplorerState state) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(
                () -> status.label().get(state.language()), state.languageProperty()));
        return row(swatch, label);
    }

    private static HBox row(Node swatch, String key, Texts texts) {
        Label label = new Label();
        label.textProperty().bind(texts.text(key));
        return row(swatch, label);
    }

    private static HBox row(Node swatch, Label label) {
        label.getStyleClass().add("map-legend-label");
        label.setWrapText(true);
        HBox row = new HBox(swatch, label);
        row.getStyleClass().add("map-legend-row");
        return row;
    }
}
