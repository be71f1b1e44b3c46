package org.timeatlas.atlas;

import java.util.List;

/** {@value #MIN_CHOICES}–{@value #MAX_CHOICES} options shown in this order; {@code right} is the 0-based index of the right one. */
public record ChoiceAnswer(List<LocalizedText> choices, int right) implements Answer {

    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 5;

    /** @throws IllegalArgumentException if {@code right} is not an index of {@code choices} */
    public ChoiceAnswer {
        choices = List.copyOf(choices);
        if (right < 0 || right >= choices.size()) {
            throw new IllegalArgumentException("right answer " + right + " is not one of " + choices.size() + " choices");
        }
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.CHOICE;
    }

    public boolean isRight(int chosen) {
        return chosen == right;
    }
}
