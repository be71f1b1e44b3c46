package org.timeatlas.quiz;

import java.util.List;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Question;

/**
 * A set of questions the student can choose to be asked: all the authored ones, those of one era or one tour,
 * generated ones, or the mistakes to review.
 *
 * @param kind      what the set is made of
 * @param groupId   the era's or tour's id (null for the other kinds)
 * @param name      the era's name or tour's title (null for the other kinds, which the view names itself)
 * @param questions the questions, in the order asked (never empty)
 */
public record QuestionSet(Kind kind, String groupId, LocalizedText name, List<Question> questions) {

    /** What a set is made of. */
    public enum Kind { ALL, ERA, TOUR, GENERATED, MISTAKES }

    /** @throws IllegalArgumentException if there are no questions */
    public QuestionSet {
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a question set of kind " + kind + " without questions");
        }
    }

    /** The tour whose score the answers count for: the set's tour, or null. */
    public String tourId() {
        return kind == Kind.TOUR ? groupId : null;
    }

    /** A fresh session over the set. */
    public QuizSession session() {
        return new QuizSession(questions, tourId());
    }
}
