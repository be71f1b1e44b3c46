package org.timeatlas.ui.daybyday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.DayCard;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Statement;
import org.timeatlas.atlas.Territory;
import org.timeatlas.i18n.Messages;
import org.timeatlas.time.DayHoldings;
import org.timeatlas.time.DayHoldings.Holding;
import org.timeatlas.ui.RootFont;
import org.timeatlas.ui.WrappingText;
import org.timeatlas.ui.daybyday.RunFlow.Run;

/**
 * One page of the day card: the date, what happened, who held what at the end of the day, what each side said and
 * the numbered sources, for one day in one language. Its parts and each territory's row stay in place from day to
 * day and only their words change: nodes made anew, or taken out and put back, are styled and laid out again,
 * which was half of what a new day cost in day-by-day mode.
 */
final class DayCardPage extends VBox {

    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final Atlas atlas;
    private final DayHoldings holdings;
    private final Label date = new Label();
    private final RunFlow summary = new RunFlow("day-card-summary");
    private final Label holdingsHeading = heading("");
    private final VBox rows = new VBox();
    private final Map<String, HoldingRow> holdingRows = new HashMap<>();
    private final VBox statements = new VBox();
    private final Label statementsHeading = heading("");
    private final KeptParts<RunFlow> statementFlows = new KeptParts<>(statements,
            () -> new RunFlow("day-card-statement"));
    private final Label sourcesHeading = heading("");
    private final VBox sources = new VBox();
    private final KeptParts<WrappingText> citations = new KeptParts<>(sources,
            () -> new WrappingText("", "day-card-citation"));
    private LocalDate day;
    private String language;

    DayCardPage(Atlas atlas, DayHoldings holdings) {
        this.atlas = atlas;
        this.holdings = holdings;
        getStyleClass().add("day-card-content");
        date.setId("day-card-date");
        date.getStyleClass().add("day-card-date");
        date.setWrapText(true);
        summary.setId("day-card-summary");
        rows.getStyleClass().add("day-card-holdings");
        statements.getStyleClass().add("day-card-statements");
        sources.getStyleClass().add("day-card-sources");
        statements.getChildren().add(statementsHeading);
        for (Node part : List.of(holdingsHeading, rows, statements)) {
            part.managedProperty().bind(part.visibleProperty());
        }
        getChildren().setAll(date, summary, holdingsHeading, rows, statements, sourcesHeading, sources);
    }

    /** Whether the page shows {@code shownDay} in {@code shownLanguage} already. */
    boolean holds(LocalDate shownDay, String shownLanguage) {
        return shownDay.equals(day) && shownLanguage.equals(language);
    }

    /** The day the page shows, or null before its first card. */
    LocalDate day() {
        return day;
    }

    /** The language the page is written in, or null before its first card. */
    String language() {
        return language;
    }

    /** Shows {@code card} in {@code language}, with {@code messages} of that language. */
    void show(DayCard card, String language, Messages messages) {
        this.day = card.date();
        this.language = language;
        build(card, language, messages);
    }

    private void build(DayCard card, String language, Messages messages) {
        List<Source> cited = new ArrayList<>();

        date.setText(messages.date(card.date()));
        summary.show(List.of(new Run(card.summary().get(language), "day-card-summary-text"),
                new Run(" " + references(card.sources(), cited), "day-card-ref")));
        summary.setUserData(card.summary().get(language));

        List<Holding> held = holdings.at(card.date());
        holdingsHeading.setText(messages.get("dayCard.endOfDay"));
        holdingsHeading.setVisible(!held.isEmpty());
        rows.setVisible(!held.isEmpty());
        // every row made stays in place, in the atlas's order of territories, and those of other days are hidden:
        // a node taken out and put back is styled again
        Set<HBox> shownRows = new HashSet<>();
        for (Holding holding : held) {
            shownRows.add(holdingRow(holding, language, messages));
        }
        for (Node row : rows.getChildren()) {
            row.setVisible(shownRows.contains(row));
        }

        statementsHeading.setText(messages.get("dayCard.said"));
        List<Statement> said = card.statements();
        for (int i = 0; i < said.size(); i++) {
            Statement statement = said.get(i);
            statementFlows.get(i).show(List.of(new Run(statement.speaker().get(language) + ": ", "day-card-speaker"),
                    new Run(messages.get("dayCard.quote", statement.text().get(language)), "day-card-said"),
                    new Run(" " + references(statement.sources(), cited), "day-card-ref")));
        }
        statementFlows.showFirst(said.size());
        statements.setVisible(!said.isEmpty());

        sourcesHeading.setText(messages.get("dayCard.sources"));
        for (int i = 0; i < cited.size(); i++) {
            citations.get(i).setText((i + 1) + ". " + cited.get(i).citation());
        }
        citations.showFirst(cited.size());
    }

    /** Where a new row of {@code territoryId} goes among the rows made so far: they follow the atlas's order. */
    private int placeInAtlasOrder(String territoryId) {
        int place = 0;
        for (Territory territory : atlas.territories()) {
            if (territory.id().equals(territoryId)) {
                return place;
            }
            if (holdingRows.containsKey(territory.id())) {
                place++;
            }
        }
        return place;
    }

    /**
     * Parts of one kind at the end of a box (a statement's flow, a citation), made as the longest day so far needs
     * them and kept: those a day does not use are hidden rather than taken out.
     */
    private static final class KeptParts<T extends Node> {
        private final VBox box;
        private final java.util.function.Supplier<T> make;
        private final List<T> parts = new ArrayList<>();

        KeptParts(VBox box, java.util.function.Supplier<T> make) {
            this.box = box;
            this.make = make;
        }

        /** The part at {@code index}, made and added to the box when it is the next one. */
        T get(int index) {
            if (index == parts.size()) {
                T part = make.get();
                part.managedProperty().bind(part.visibleProperty());
                parts.add(part);
                box.getChildren().add(part);
            }
            return parts.get(index);
        }

        /** Shows the first {@code count} parts and hides the rest. */
        void showFirst(int count) {
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).setVisible(i < count);
            }
        }
    }

    /**
     * The row of {@code holding}'s territory, kept from day to day: its swatch is filled again and only the words
     * that differ from the day before change.
     */
    private HBox holdingRow(Holding holding, String language, Messages messages) {
        String name = holding.territory().name().get(language);
        HoldingRow row = holdingRows.get(holding.territory().id());
        if (row == null) {
            row = new HoldingRow(holding.territory().id(), name);
            holdingRows.put(holding.territory().id(), row);
            rows.getChildren().add(placeInAtlasOrder(holding.territory().id()), row.box);
        }
        row.swatch.setFill(holding.status() == null ? Color.TRANSPARENT : Color.web(holding.status().colour()));
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(name + " → ", "day-card-territory"));
        String status = holding.status() == null ? messages.get("dayCard.ended") : holding.status().label().get(language);
        runs.add(new Run(status, "day-card-status"));
        if (holding.span() != null && holding.span().authority() != null) {
            runs.add(new Run(" (" + holding.span().authority().get(language) + ")", "day-card-authority"));
        }
        if (holding.changedThatDay()) {
            runs.add(new Run(" · " + messages.get("dayCard.changed"), "day-card-changed"));
        }
        row.text.show(runs);
        row.box.pseudoClassStateChanged(CHANGED, holding.changedThatDay());
        return row.box;
    }

    /** A territory's row: its swatch, then its name and what it was at the end of the day. */
    private static final class HoldingRow {
        final Rectangle swatch = new Rectangle();
        final RunFlow text = new RunFlow("day-card-holding-text");
        final HBox box;

        HoldingRow(String territoryId, String territoryName) {
            swatch.getStyleClass().add("day-card-swatch");
            text.show(List.of(new Run(territoryName + " → ", "day-card-territory")));
            // 1em of the territory's name: 16 px at 100 %
            RootFont.squareInEm(swatch, ((Text) text.getChildren().get(0)).fontProperty(), 1);
            box = new HBox(swatch, text);
            box.getStyleClass().add("day-card-holding");
            box.setId("day-card-holding-" + territoryId);
            box.managedProperty().bind(box.visibleProperty());
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
}
