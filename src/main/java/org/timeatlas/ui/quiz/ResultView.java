package org.timeatlas.ui.quiz;

import java.util.Map;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Tour;
import org.timeatlas.i18n.Messages;
import org.timeatlas.quiz.QuizHistory;
import org.timeatlas.quiz.QuizSession;
import org.timeatlas.quiz.Score;
import org.timeatlas.ui.WrappingText;

/**
 * The end of a session: its score, its score per era and per tour, how many mistakes there are to review; and the
 * remembered score over every era and tour (each question by its latest answer).
 */
final class ResultView extends VBox {

    ResultView(QuizSession session, QuizHistory history, Atlas atlas, Messages messages) {
        super(6);
        getStyleClass().add("quiz-result");
        setId("quiz-result");
        String language = messages.language();
        // WrappingText rather than a wrapping Label, which repeats Devanagari across line breaks
        WrappingText total = new WrappingText(messages.get("quiz.result.score", SetNames.score(session.score(), messages),
                session.score().answered(), session.size()), "quiz-result-score");
        total.setId("quiz-result-score");
        getChildren().add(total);
        Function<String, String> eraName = id -> atlas.eras().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(Era::name).map(n -> n.get(language)).orElse(id);
        Function<String, String> tourName = id -> atlas.tours().stream().filter(t -> t.id().equals(id)).findFirst()
                .map(Tour::title).map(n -> n.get(language)).orElse(id);
        table("quiz-result-eras", messages.get("quiz.result.byEra"), session.scoreByEra(), eraName, messages);
        table("quiz-result-tours", messages.get("quiz.result.byTour"), session.scoreByTour(), tourName, messages);
        int mistakes = session.mistakes().size();
        WrappingText review = new WrappingText(mistakes == 0 ? messages.get("quiz.result.noMistakes")
                : messages.get("quiz.result.mistakes", mistakes), "quiz-hint");
        review.setId("quiz-result-mistakes");
        getChildren().add(review);
        var known = atlas.questions();
        table("quiz-remembered-eras", messages.get("quiz.remembered.byEra"), history.scoreBy(known, q -> q.eraId()),
                eraName, messages);
    }

    private void table(String id, String heading, Map<String, Score> scores, Function<String, String> name,
                       Messages messages) {
        if (scores.isEmpty()) {
            return;
        }
        Label title = new Label(heading);
        title.getStyleClass().add("quiz-result-heading");
        VBox rows = new VBox(2);
        rows.setId(id);
        scores.forEach((group, score) -> rows.getChildren().add(
                new WrappingText(name.apply(group) + ": " + SetNames.score(score, messages), "quiz-result-row")));
        getChildren().addAll(title, rows);
    }
}
