package org.timeatlas.ui.quiz;

import org.timeatlas.i18n.Messages;
import org.timeatlas.quiz.QuestionSet;
import org.timeatlas.quiz.QuizHistory;
import org.timeatlas.quiz.Score;

/** How question sets and scores are written in the quiz panel. */
final class SetNames {

    private SetNames() {
    }

    /** "Era: The Rose Revolution (4 questions)". */
    static String name(QuestionSet set, Messages messages) {
        int count = set.questions().size();
        return switch (set.kind()) {
            case ALL -> messages.get("quiz.set.all", count);
            case ERA -> messages.get("quiz.set.era", set.name().get(messages.language()), count);
            case TOUR -> messages.get("quiz.set.tour", set.name().get(messages.language()), count);
            case GENERATED -> messages.get("quiz.set.generated", count);
            case MISTAKES -> messages.get("quiz.set.mistakes", count);
        };
    }

    /** The remembered score of the set's questions ("3 of 4 right when last answered"), or "" when none was. */
    static String remembered(QuestionSet set, QuizHistory history, Messages messages) {
        if (set.kind() == QuestionSet.Kind.GENERATED || set.kind() == QuestionSet.Kind.MISTAKES) {
            return "";
        }
        Score score = history.scoreOf(set.questions());
        return score.answered() == 0 ? messages.get("quiz.score.none") : score(score, messages);
    }

    /** "3 of 4 right (75 %)". */
    static String score(Score score, Messages messages) {
        return messages.get("quiz.score", score.right(), score.answered(), score.percent());
    }
}
