package org.timeatlas.ui.quiz;

import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.ChoiceAnswer;
import org.timeatlas.atlas.DateAnswer;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.TerritoryAnswer;
import org.timeatlas.i18n.Messages;
import org.timeatlas.quiz.Response;
import org.timeatlas.quiz.Verdict;
import org.timeatlas.ui.WrappingText;

/**
 * What the student sees once a question is answered: right or wrong, the right answer when it was wrong (or when a
 * date was right only within the tolerance), the explanation, and its sources numbered, each address a link.
 */
final class FeedbackView extends VBox {

    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    FeedbackView(Verdict verdict, Atlas atlas, Messages messages, Consumer<String> openUrl) {
        super(6);
        String language = messages.language();
        Question question = verdict.question();
        getStyleClass().add("quiz-feedback");
        setId("quiz-feedback");
        pseudoClassStateChanged(verdict.right() ? RIGHT : WRONG, true);
        Label verdictLabel = new Label(messages.get(verdict.right() ? "quiz.right" : "quiz.wrong"));
        verdictLabel.setId("quiz-verdict");
        verdictLabel.getStyleClass().add("quiz-verdict");
        getChildren().add(verdictLabel);
        String detail = detail(verdict, atlas, messages);
        if (!detail.isEmpty()) {
            WrappingText detailText = new WrappingText(detail, "quiz-answer");
            detailText.setId("quiz-right-answer");
            getChildren().add(detailText);
        }
        WrappingText explanation = new WrappingText(question.explanation().get(language), "quiz-explanation");
        explanation.setId("quiz-explanation");
        getChildren().add(explanation);
        Label heading = new Label(messages.get("quiz.sources"));
        heading.getStyleClass().add("quiz-sources-heading");
        VBox sources = sources(question.sources(), openUrl);
        getChildren().addAll(heading, sources);
    }

    /** The right answer in words, or the day off for a date; empty when a plain "right" says it all. */
    static String detail(Verdict verdict, Atlas atlas, Messages messages) {
        String language = messages.language();
        Question question = verdict.question();
        if (question.answer() instanceof DateAnswer date && verdict.response() instanceof Response.Date set) {
            String day = messages.moment(date.date(), date.dateHasTime());
            long off = verdict.daysOff().orElse(0L);
            if (off == 0) {
                return verdict.right() ? "" : messages.get("quiz.date.was", day);
            }
            String by = messages.get(off < 0 ? "quiz.date.early" : "quiz.date.late", Math.abs(off));
            return messages.get("quiz.date.off", day, messages.moment(set.moment(), false), by,
                    date.toleranceDays());
        }
        if (verdict.right()) {
            return "";
        }
        if (question.answer() instanceof ChoiceAnswer choice) {
            return messages.get("quiz.choice.was", (choice.right() + 1) + ". "
                    + choice.choices().get(choice.right()).get(language));
        }
        if (question.answer() instanceof TerritoryAnswer territories) {
            List<String> names = territories.territoryIds().stream()
                    .map(id -> atlas.territory(id).map(t -> t.name().get(language)).orElse(id)).toList();
            return messages.get("quiz.territory.was", String.join(", ", names));
        }
        if (question.answer() instanceof OrderAnswer order) {
            StringBuilder text = new StringBuilder();
            int number = 1;
            for (String id : order.eventIds()) {
                LocalizedText title = atlas.event(id).map(e -> e.title()).orElse(LocalizedText.of(id, id));
                text.append(number == 1 ? "" : " ").append(number++).append(". ").append(title.get(language));
            }
            return messages.get("quiz.order.was", text.toString());
        }
        return "";
    }

    /** Numbered citations, each address a link that opens in the browser. */
    static VBox sources(List<Source> sources, Consumer<String> openUrl) {
        VBox box = new VBox(2);
        box.getStyleClass().add("quiz-sources");
        box.setId("quiz-sources");
        int number = 1;
        for (Source source : sources) {
            WrappingText citation = new WrappingText(number + ". " + source.citation(), "citation");
            citation.setId("quiz-source-" + number);
            box.getChildren().add(citation);
            if (source.url() != null) {
                Hyperlink link = new Hyperlink(source.url());
                link.setId("quiz-source-link-" + number);
                link.getStyleClass().add("source-url");
                link.setWrapText(true);
                link.setOnAction(e -> openUrl.accept(source.url()));
                box.getChildren().add(link);
            }
            number++;
        }
        return box;
    }
}
