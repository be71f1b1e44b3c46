package org.timeatlas.ui.daybyday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
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
 * with numbered sources. Rebuilt only when the day or the language changes; hidden outside day-by-day mode and on
 * days without a card.
 */
public final class DayCardView extends ScrollPane {

    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final Atlas atlas;
    private final DayHoldings holdings;
    private final ExplorerState state;
    private final Texts texts;
    private final VBox content = new VBox();
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
        List<Source> cited = new ArrayList<>();
        List<javafx.scene.Node> nodes = new ArrayList<>();

        Label date = new Label(messages.date(card.date()));
        date.setId("day-card-date");
        date.getStyleClass().add("day-card-date");
        date.setWrapText(true);
        nodes.add(date);

        TextFlow summary = new TextFlow();
        summary.setId("day-card-summary");
        summary.getStyleClass().add("day-card-summary");
        words(summary, card.summary().get(language), "day-card-summary-text");
        words(summary, " " + references(card.sources(), cited), "day-card-ref");
        summary.setUserData(card.summary().get(language));
        nodes.add(summary);

        List<Holding> held = holdings.at(card.date());
        if (!held.isEmpty()) {
            nodes.add(heading(messages.get("dayCard.endOfDay")));
            VBox rows = new VBox();
            rows.getStyleClass().add("day-card-holdings");
            for (Holding holding : held) {
                rows.getChildren().add(holdingRow(holding, language, messages));
            }
            nodes.add(rows);
        }

        if (!card.statements().isEmpty()) {
            nodes.add(heading(messages.get("dayCard.said")));
            for (Statement statement : card.statements()) {
                TextFlow said = new TextFlow();
                said.getStyleClass().add("day-card-statement");
                words(said, statement.speaker().get(language) + ": ", "day-card-speaker");
                words(said, messages.get("dayCard.quote", statement.text().get(language)), "day-card-said");
                words(said, " " + references(statement.sources(), cited), "day-card-ref");
                nodes.add(said);
            }
        }

        nodes.add(heading(messages.get("dayCard.sources")));
        VBox sources = new VBox();
        sources.getStyleClass().add("day-card-sources");
        for (int i = 0; i < cited.size(); i++) {
            sources.getChildren().add(new WrappingText((i + 1) + ". " + cited.get(i).citation(), "day-card-citation"));
        }
        nodes.add(sources);
        content.getChildren().setAll(nodes);
    }

    private HBox holdingRow(Holding holding, String language, Messages messages) {
        Rectangle swatch = new Rectangle();
        swatch.getStyleClass().add("day-card-swatch");
        swatch.setFill(holding.status() == null ? Color.TRANSPARENT : Color.web(holding.status().colour()));
        TextFlow text = new TextFlow();
        text.getStyleClass().add("day-card-holding-text");
        words(text, holding.territory().name().get(language) + " → ", "day-card-territory");
        // 1em of the territory's name: 16 px at 100 %
        RootFont.squareInEm(swatch, ((javafx.scene.text.Text) text.getChildren().get(0)).fontProperty(), 1);
        String status = holding.status() == null ? messages.get("dayCard.ended") : holding.status().label().get(language);
        words(text, status, "day-card-status");
        if (holding.span() != null && holding.span().authority() != null) {
            words(text, " (" + holding.span().authority().get(language) + ")", "day-card-authority");
        }
        if (holding.changedThatDay()) {
            words(text, " · " + messages.get("dayCard.changed"), "day-card-changed");
        }
        HBox row = new HBox(swatch, text);
        row.getStyleClass().add("day-card-holding");
        row.setId("day-card-holding-" + holding.territory().id());
        row.pseudoClassStateChanged(CHANGED, holding.changedThatDay());
        HBox.setHgrow(text, Priority.ALWAYS);
        return row;
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
