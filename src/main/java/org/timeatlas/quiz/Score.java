package org.timeatlas.quiz;

/** Questions answered and how many of them rightly. */
public record Score(int right, int answered) {

    public static final Score NONE = new Score(0, 0);

    /** @throws IllegalArgumentException if a count is negative or more are right than answered */
    public Score {
        if (right < 0 || answered < right) {
            throw new IllegalArgumentException(right + " right of " + answered);
        }
    }

    Score plus(boolean isRight) {
        return new Score(right + (isRight ? 1 : 0), answered + 1);
    }

    /** Right answers as a whole percentage of those answered (0 when none were). */
    public int percent() {
        return answered == 0 ? 0 : Math.round(100f * right / answered);
    }
}
