package org.timeatlas.ui.daybyday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.DayCard;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Statement;
import org.timeatlas.i18n.Messages;
import org.timeatlas.time.DayHoldings;
import org.timeatlas.time.DayHoldings.Holding;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.RootFont;
import org.timeatlas.ui.Scripts;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * The card of the current day in day-by-day mode, in large type for a projector: the date, what happened, who held
 * what at the end of the day (derived from the territories' histories), and what each side said, attributed,
 * with numbered sources. Its words change only when the day or the language changes, and its parts and each
 * territory's row stay in place from day to day; hidden outside day-by-day mode and on days without a card.
 */
public final class DayCardView extends ScrollPane {

    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final Atlas atlas;
    private final DayHoldings holdings;
    private final ExplorerState state;
    private final Texts texts;
    private final VBox content = new VBox();
    // The card's parts stay in place from day to day and only their words change: nodes made anew, or taken out
    // and put back, are styled and laid out again, which was half of what a new day cost in day-by-day mode.
    private final Label date = new Label();
    private final TextFlow summary = new TextFlow();
    private final Label holdingsHeading = heading("");
    private final VBox rows = new VBox();
    private final Map<String, HoldingRow> holdingRows = new HashMap<>();
    private final VBox statements = new VBox();
    private final Label sourcesHeading = heading("");
    private final VBox sources = new VBox();
    private String builtLanguage;
    private LocalDate shownDay;
    private String shownLanguage;
    private final javafx.util.Subscription subscriptions;

    public DayCardView(Atlas atlas, DayHoldings holdings, ExplorerState state, Texts texts) {
        this.atlas = atlas;
        this.holdings = holdings;
        this.state = state;
        this.texts = texts;
        setId("day-card");
        getStyleClass().add("day-card");
        content.getStyleClass().add("day-card-content");
        date.setId("day-card-date");
        date.getStyleClass().add("day-card-date");
        date.setWrapText(true);
        summary.setId("day-card-summary");
        summary.getStyleClass().add("day-card-summary");
        rows.getStyleClass().add("day-card-holdings");
        statements.getStyleClass().add("day-card-statements");
        sources.getStyleClass().add("day-card-sources");
        for (Node part : List.of(holdingsHeading, rows, statements)) {
            part.managedProperty().bind(part.visibleProperty());
        }
        content.getChildren().setAll(date, summary, holdingsHeading, rows, statements, sourcesHeading, sources);
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
        managedProperty().bind(visibleProperty());
        subscriptions = state.momentProperty().subscribe((old, now) -> refresh())
                .and(state.dayByDayProperty().subscribe((was, on) -> refresh()))
                .and(state.languageProperty().subscribe((old, now) -> refresh()));
        refresh();
    }

    /** Ends its listeners on the explorer state. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    /** The date the card shows now, or null when it is hidden. */
    public LocalDate shownDay() {
        return isVisible() ? shownDay : null;
    }

    private void refresh() {
        LocalDate day = state.moment().toLocalDate();
        DayCard card = state.isDayByDayMode() ? atlas.dayCard(day).orElse(null) : null;
        setVisible(card != null);
        if (card == null || (day.equals(shownDay) && state.language().equals(shownLanguage))) {
            return;
        }
        shownDay = day;
        shownLanguage = state.language();
        build(card);
        setVvalue(0);
    }

    private void build(DayCard card) {
        String language = state.language();
        Messages messages = texts.current();
        if (!language.equals(builtLanguage)) {
            // rows keep their territory's name in the language they were made in
            holdingRows.clear();
            rows.getChildren().clear();
            builtLanguage = language;
        }
        List<Source> cited = new ArrayList<>();

        date.setText(messages.date(card.date()));
        summary.getChildren().clear();
        words(summary, card.summary().get(language), "day-card-summary-text");
        words(summary, " " + references(card.sources(), cited), "day-card-ref");
        summary.setUserData(card.summary().get(language));

        List<Holding> held = holdings.at(card.date());
        holdingsHeading.setText(messages.get("dayCard.endOfDay"));
        holdingsHeading.setVisible(!held.isEmpty());
        rows.setVisible(!held.isEmpty());
        List<HBox> shownRows = new ArrayList<>();
        for (Holding holding : held) {
            shownRows.add(holdingRow(holding, language, messages));
        }
        // the same rows in the same order are left in place: a node taken out and put back is styled again
        if (!rows.getChildren().equals(shownRows)) {
            rows.getChildren().setAll(shownRows);
        }

        List<Node> said = new ArrayList<>();
        if (!card.statements().isEmpty()) {
            said.add(heading(messages.get("dayCard.said")));
            for (Statement statement : card.statements()) {
                TextFlow flow = new TextFlow();
                flow.getStyleClass().add("day-card-statement");
                words(flow, statement.speaker().get(language) + ": ", "day-card-speaker");
                words(flow, messages.get("dayCard.quote", statement.text().get(language)), "day-card-said");
                words(flow, " " + references(statement.sources(), cited), "day-card-ref");
                said.add(flow);
            }
        }
        statements.getChildren().setAll(said);
        statements.setVisible(!said.isEmpty());

        sourcesHeading.setText(messages.get("dayCard.sources"));
        List<Node> citations = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            citations.add(new WrappingText((i + 1) + ". " + cited.get(i).citation(), "day-card-citation"));
        }
        sources.getChildren().setAll(citations);
    }

    /**
     * The row of {@code holding}'s territory, kept from day to day: its swatch is filled again and the words after
     * the territory's name are made again only when they differ from the day before.
     */
    private HBox holdingRow(Holding holding, String language, Messages messages) {
        HoldingRow row = holdingRows.computeIfAbsent(holding.territory().id(),
                id -> new HoldingRow(id, holding.territory().name().get(language)));
        row.swatch.setFill(holding.status() == null ? Color.TRANSPARENT : Color.web(holding.status().colour()));
        List<Run> runs = new ArrayList<>();
        String status = holding.status() == null ? messages.get("dayCard.ended") : holding.status().label().get(language);
        runs.add(new Run(status, "day-card-status"));
        if (holding.span() != null && holding.span().authority() != null) {
            runs.add(new Run(" (" + holding.span().authority().get(language) + ")", "day-card-authority"));
        }
        if (holding.changedThatDay()) {
            runs.add(new Run(" · " + messages.get("dayCard.changed"), "day-card-changed"));
        }
        if (!runs.equals(row.shownRuns)) {
            row.shownRuns = runs;
            row.text.getChildren().retainAll(row.nameWords);
            for (Run run : runs) {
                words(row.text, run.text(), run.styleClass());
            }
        }
        row.box.pseudoClassStateChanged(CHANGED, holding.changedThatDay());
        return row.box;
    }

    /** Words of one style in a row, after the territory's name. */
    private record Run(String text, String styleClass) {
    }

    /** A territory's row: its swatch, then its name and what it was at the end of the day. */
    private static final class HoldingRow {
        final Rectangle swatch = new Rectangle();
        final TextFlow text = new TextFlow();
        /** The territory's name and arrow: one node, or one a word in a script that is shaped (Hindi). */
        final List<Node> nameWords;
        final HBox box;
        List<Run> shownRuns = List.of();

        HoldingRow(String territoryId, String territoryName) {
            swatch.getStyleClass().add("day-card-swatch");
            text.getStyleClass().add("day-card-holding-text");
            words(text, territoryName + " → ", "day-card-territory");
            nameWords = List.copyOf(text.getChildren());
            // 1em of the territory's name: 16 px at 100 %
            RootFont.squareInEm(swatch, ((Text) nameWords.get(0)).fontProperty(), 1);
            box = new HBox(swatch, text);
            box.getStyleClass().add("day-card-holding");
            box.setId("day-card-holding-" + territoryId);
            HBox.setHgrow(text, Priority.ALWAYS);
        }
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("day-card-heading");
        heading.setWrapText(true);
        return heading;
    }

    /** "[1, 2]": the numbers of {@code sources} in the card's list, adding those not yet cited. */
    private static String references(List<Source> sources, List<Source> cited) {
        List<String> numbers = new ArrayList<>();
        for (Source source : sources) {
            int at = indexOf(cited, source);
            if (at < 0) {
                cited.add(source);
                at = cited.size() - 1;
            }
            numbers.add(String.valueOf(at + 1));
        }
        return numbers.isEmpty() ? "" : "[" + String.join(", ", numbers) + "]";
    }

    private static int indexOf(List<Source> cited, Source source) {
        for (int i = 0; i < cited.size(); i++) {
            if (Objects.equals(cited.get(i).citation(), source.citation())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds {@code text} one word per node, so wrapped Devanagari lines are drawn right (see WrappingText); text in
     * simple scripts as one node.
     */
    private static void words(TextFlow flow, String text, String styleClass) {
        String[] words = Scripts.shaped(text) ? text.split("(?<=\\s)") : new String[] {text};
        for (String word : words) {
            if (!word.isEmpty()) {
                Text node = new Text(word);
                node.getStyleClass().addAll("wrapping-text-word", styleClass);
                flow.getChildren().add(node);
            }
        }
    }
}
