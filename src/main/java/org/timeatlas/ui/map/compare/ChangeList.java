package org.timeatlas.ui.map.compare;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.Status;
import org.timeatlas.i18n.Messages;
import org.timeatlas.time.Comparison;
import org.timeatlas.ui.Lenses;
import org.timeatlas.ui.RootFont;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * What changed between the two days, in the current language: a heading naming the lens, one row per territory
 * whose status changed (its name, the status on the first day and on the second with their colours, and the dates
 * it changed), and the events that started in between, counted by type. Rebuilt from a {@link Comparison}: it
 * changes only when a day, the lens, the language or the filters do.
 */
final class ChangeList {

    private final VBox view = new VBox();
    private final Atlas atlas;
    private final Texts texts;

    ChangeList(Atlas atlas, Texts texts) {
        this.atlas = atlas;
        this.texts = texts;
        view.setId("compare-changes");
        view.getStyleClass().add("compare-changes");
    }

    VBox view() {
        return view;
    }

    void show(Comparison comparison) {
        Messages messages = texts.current();
        String language = messages.language();
        view.getChildren().clear();
        Label heading = new Label(messages.get("compare.changes", Lenses.name(atlas, comparison.lensId(), texts)));
        heading.setId("compare-changes-heading");
        heading.getStyleClass().add("compare-heading");
        view.getChildren().add(heading);
        if (comparison.changes().isEmpty()) {
            view.getChildren().add(new WrappingText(messages.get("compare.noChange"), "compare-none"));
        }
        for (Comparison.Change change : comparison.changes()) {
            Label name = new Label(atlas.territory(change.territoryId()).map(t -> t.name().get(language))
                    .orElse(change.territoryId()));
            name.getStyleClass().add("compare-territory");
            HBox row = new HBox(name, status(change.before(), language), new Label("→"),
                    status(change.after(), language));
            row.getStyleClass().add("compare-change-head");
            String dates = change.changedAt().stream().map(at -> moment(messages, at))
                    .collect(Collectors.joining(", "));
            VBox entry = new VBox(row, new WrappingText(messages.get("compare.changedOn", dates), "compare-when"));
            entry.setId("compare-change-" + change.territoryId());
            entry.getStyleClass().add("compare-change");
            view.getChildren().add(entry);
        }
        Label events = new Label(comparison.eventCount() == 0 ? messages.get("compare.noEvents")
                : messages.get("compare.events", comparison.eventCount()));
        events.setId("compare-events");
        events.getStyleClass().add("compare-heading");
        view.getChildren().add(events);
        FlowPane types = new FlowPane();
        types.setId("compare-event-types");
        types.getStyleClass().add("compare-event-types");
        for (Map.Entry<EventType, Integer> count : comparison.eventsByType().entrySet()) {
            Label type = new Label(messages.get("compare.eventType",
                    messages.get("type." + count.getKey().name().toLowerCase(java.util.Locale.ROOT)), count.getValue()));
            type.getStyleClass().add("compare-event-type");
            types.getChildren().add(type);
        }
        view.getChildren().add(types);
    }

    private static HBox status(Status status, String language) {
        Rectangle swatch = new Rectangle();
        swatch.getStyleClass().add("compare-swatch");
        Label label = new Label();
        RootFont.squareInEm(swatch, label.fontProperty(), 1.077); // 14 px at 100 %
        if (status != null) {
            swatch.setFill(Color.web(status.colour()));
            label.setText(status.label().get(language));
        } else {
            swatch.setFill(Color.TRANSPARENT);
            label.setText("—");
        }
        HBox box = new HBox(swatch, label);
        box.getStyleClass().add("compare-status");
        return box;
    }

    private static String moment(Messages messages, LocalDateTime at) {
        boolean withTime = at.getHour() != 0 || at.getMinute() != 0;
        return messages.moment(at, withTime);
    }
}
