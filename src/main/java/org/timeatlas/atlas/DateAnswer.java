package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The moment a "set the date" question asks for ({@code dateHasTime} when it was given to the minute) and the
 * tolerance in whole days either side. The answer is judged by calendar day: a moment is right when its day lies
 * at most {@code toleranceDays} days from the answer's day (with 0, any time on that day). {@code eventId} is the
 * event whose start the question asks for, or null.
 */
public record DateAnswer(LocalDateTime date, boolean dateHasTime, int toleranceDays, String eventId) implements Answer {

    /** @throws IllegalArgumentException if the tolerance is negative */
    public DateAnswer {
        if (toleranceDays < 0) {
            throw new IllegalArgumentException("tolerance " + toleranceDays + " days");
        }
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.DATE;
    }

    public boolean isRight(LocalDateTime chosen) {
        return Math.abs(daysOff(chosen)) <= toleranceDays;
    }

    /** Whole calendar days from the answer's day to {@code chosen}'s day: negative when too early. */
    public long daysOff(LocalDateTime chosen) {
        return ChronoUnit.DAYS.between(date.toLocalDate(), chosen.toLocalDate());
    }
}
