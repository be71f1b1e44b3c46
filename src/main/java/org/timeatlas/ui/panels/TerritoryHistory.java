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
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.LensSpan;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.Lenses;
import org.timeatlas.ui.RootFont;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * A territory's status history in the lens the map is seen through, one row per span with dates, status, and for
 * control on the ground the authority, a note and sources. The heading names the lens. The row in force at the
 * current moment is marked by a pseudo-class, so scrubbing restyles rather than rebuilds.
 */
final class TerritoryHistory {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private final VBox view = new VBox(6);
    private final List<LocalDateTime[]> spans = new ArrayList<>();
    private final List<VBox> rows = new ArrayList<>();
    private final List<Label> dates = new ArrayList<>();
    private final Messages messages;

    /** @param lensId {@link Lens#CONTROL} or the id of one of the atlas's lenses */
    TerritoryHistory(Territory territory, Atlas atlas, String lensId, Texts texts, Consumer<String> openUrl) {
        Messages messages = texts.current();
        this.messages = messages;
        String language = messages.language();
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
        WrappingText lensHeading = new WrappingText(messages.get("lens.historyOf", Lenses.name(atlas, lensId, texts)),
                "details-meta");
        lensHeading.setId("territory-history-lens");
        view.getChildren().add(lensHeading);
        if (Lens.CONTROL.equals(lensId)) {
            view.getChildren().add(Labels.styled(new Label(messages.get("territory.history")), "details-subheading"));
            Map<String, Status> statuses = atlas.statusesById();
            for (StatusSpan span : territory.history()) {
                add(span.from(), span.to(), row(span.from(), span.to(), statuses.get(span.statusId()),
                        span.authority(), span.note(), span.sources(), messages, openUrl));
            }
            return;
        }
        Lens lens = atlas.lens(lensId).orElse(null);
        List<LensSpan> history = lens == null ? List.of() : lens.history(territory.id());
        if (history.isEmpty()) {
            view.getChildren().add(new WrappingText(messages.get("lens.noHistory"), "details-hint"));
        }
        for (LensSpan span : history) {
            Status status = lens.status(span.statusId()).orElseThrow();
            add(span.from(), span.to(), row(span.from(), span.to(), status, null, span.note(), span.sources(), messages,
                    openUrl));
        }
    }

    private void add(LocalDateTime from, LocalDateTime to, VBox row) {
        spans.add(new LocalDateTime[] {from, to});
        rows.add(row);
        dates.add((Label) row.getChildren().get(0));
        view.getChildren().add(row);
    }

    VBox view() {
        return view;
    }

    void markCurrent(LocalDateTime moment) {
        for (int i = 0; i < rows.size(); i++) {
            LocalDateTime[] span = spans.get(i);
            rows.get(i).pseudoClassStateChanged(CURRENT, !moment.isBefore(span[0]) && moment.isBefore(span[1]));
        }
    }

    /**
     * Shows only what is known by {@code horizon} (no spoilers): spans that begin after it are hidden, and the
     * span in force at it gives no end date. Null shows the whole history.
     */
    void revealUntil(LocalDateTime horizon) {
        for (int i = 0; i < rows.size(); i++) {
            LocalDateTime from = spans.get(i)[0];
            LocalDateTime to = spans.get(i)[1];
            boolean shown = horizon == null || !from.isAfter(horizon);
            rows.get(i).setVisible(shown);
            rows.get(i).setManaged(shown);
            boolean open = horizon != null && to.isAfter(horizon);
            dates.get(i).setText(open ? messages.get("span.since", messages.moment(from, from.getHour() != 0))
                    : spanDates(from, to, messages));
        }
    }

    private static String spanDates(LocalDateTime from, LocalDateTime to, Messages messages) {
        return messages.get("span.dates", messages.moment(from, from.getHour() != 0),
                messages.moment(to.minusMinutes(1), to.getHour() != 0));
    }

    /** One span's row; {@code authority} and {@code note} may be null. */
    private static VBox row(LocalDateTime from, LocalDateTime to, Status status, LocalizedText authority,
                            LocalizedText note, List<Source> sources, Messages messages, Consumer<String> openUrl) {
        String language = messages.language();
        Rectangle swatch = new Rectangle();
        swatch.setFill(Color.web(status.colour()));
        swatch.getStyleClass().add("status-swatch");
        Label dates = Labels.styled(new Label(spanDates(from, to, messages)), "span-dates");
        RootFont.squareInEm(swatch, dates.fontProperty(), 1.077); // 14 px at 100 %
        WrappingText label = new WrappingText(status.label().get(language), "span-status");
        HBox head = new HBox(6, swatch, label);
        HBox.setHgrow(label, Priority.ALWAYS);
        VBox row = new VBox(2, dates, head);
        row.getStyleClass().add("span-row");
        if (authority != null) {
            row.getChildren().add(new WrappingText(authority.get(language), "span-authority"));
        }
        if (note != null) {
            row.getChildren().add(new WrappingText(note.get(language), "span-note"));
        }
        row.getChildren().add(SourceList.of(sources, openUrl));
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
