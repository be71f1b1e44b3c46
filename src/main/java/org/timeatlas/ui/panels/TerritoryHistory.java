package org.timeatlas.ui.panels;

import org.timeatlas.ui.Labels;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.RootFont;
import org.timeatlas.ui.WrappingText;

/**
 * A territory's status history, one row per span with dates, status, authority and sources. The row in
 * force at the current moment is marked by a pseudo-class, so scrubbing restyles rather than rebuilds.
 */
final class TerritoryHistory {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private final VBox view = new VBox(6);
    private final List<StatusSpan> spans;
    private final List<VBox> rows = new ArrayList<>();
    private final List<Label> dates = new ArrayList<>();
    private final Messages messages;

    TerritoryHistory(Territory territory, Map<String, Status> statuses, Messages messages, Consumer<String> openUrl) {
        String language = messages.language();
        this.messages = messages;
        spans = territory.history();
        view.getStyleClass().add("territory-history");
        view.setId("territory-history");
        WrappingText title = new WrappingText(territory.name().get(language), "details-title");
        title.setId("territory-title");
        view.getChildren().add(title);
        String otherNames = otherNames(territory, language);
        if (!otherNames.isEmpty()) {
            view.getChildren().add(new WrappingText(otherNames, "details-meta"));
        }
        if (territory.approximate()) {
            view.getChildren().add(new WrappingText(messages.get("territory.approximate"), "approximate-note"));
        }
        view.getChildren().add(Labels.styled(new Label(messages.get("territory.history")), "details-subheading"));
        for (StatusSpan span : spans) {
            VBox row = row(span, statuses.get(span.statusId()), messages, openUrl);
            rows.add(row);
            dates.add((Label) row.getChildren().get(0));
            view.getChildren().add(row);
        }
    }

    VBox view() {
        return view;
    }

    void markCurrent(LocalDateTime moment) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).pseudoClassStateChanged(CURRENT, spans.get(i).contains(moment));
        }
    }

    /**
     * Shows only what is known by {@code horizon} (no spoilers): spans that begin after it are hidden, and the
     * span in force at it gives no end date. Null shows the whole history.
     */
    void revealUntil(LocalDateTime horizon) {
        for (int i = 0; i < rows.size(); i++) {
            StatusSpan span = spans.get(i);
            boolean shown = horizon == null || !span.from().isAfter(horizon);
            rows.get(i).setVisible(shown);
            rows.get(i).setManaged(shown);
            boolean open = horizon != null && span.to().isAfter(horizon);
            dates.get(i).setText(open ? messages.get("span.since", messages.moment(span.from(), span.from().getHour() != 0))
                    : spanDates(span, messages));
        }
    }

    private static String spanDates(StatusSpan span, Messages messages) {
        return messages.get("span.dates", messages.moment(span.from(), span.from().getHour() != 0),
                messages.moment(span.to().minusMinutes(1), span.to().getHour() != 0));
    }

    private static VBox row(StatusSpan span, Status status, Messages messages, Consumer<String> openUrl) {
        String language = messages.language();
        Rectangle swatch = new Rectangle();
        swatch.setFill(Color.web(status.colour()));
        swatch.getStyleClass().add("status-swatch");
        Label dates = Labels.styled(new Label(spanDates(span, messages)), "span-dates");
        RootFont.squareInEm(swatch, dates.fontProperty(), 1.077); // 14 px at 100 %
        WrappingText label = new WrappingText(status.label().get(language), "span-status");
        HBox head = new HBox(6, swatch, label);
        HBox.setHgrow(label, Priority.ALWAYS);
        WrappingText authority = new WrappingText(span.authority().get(language), "span-authority");
        VBox row = new VBox(2, dates, head, authority);
        row.getStyleClass().add("span-row");
        if (span.note() != null) {
            row.getChildren().add(new WrappingText(span.note().get(language), "span-note"));
        }
        row.getChildren().add(SourceList.of(span.sources(), openUrl));
        return row;
    }

    private static String otherNames(Territory territory, String language) {
        StringBuilder names = new StringBuilder();
        for (String other : List.of("en", "hi", "ka", "ru")) {
            if (!other.equals(language) && territory.name().has(other)) {
                names.append(names.isEmpty() ? "" : " · ").append(territory.name().get(other));
            }
        }
        return names.toString();
    }
}
