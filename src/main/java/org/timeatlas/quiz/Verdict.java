package org.timeatlas.quiz;

import java.util.Optional;
import org.timeatlas.atlas.DateAnswer;
import org.timeatlas.atlas.Question;

/** How one question was answered: the student's response and whether it was right. */
public record Verdict(Question question, Response response, boolean right) {

    /**
     * For a date question: whole calendar days from the right day to the day set (negative: too early), so the
     * feedback can say "3 days too early".
     */
    public Optional<Long> daysOff() {
        return question.answer() instanceof DateAnswer date && response instanceof Response.Date set
                ? Optional.of(date.daysOff(set.moment())) : Optional.empty();
    }
}
