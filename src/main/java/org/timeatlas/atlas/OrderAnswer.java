package org.timeatlas.atlas;

import java.util.List;

/** {@value #MIN_EVENTS}–{@value #MAX_EVENTS} event ids in the order they happened (shown shuffled). */
public record OrderAnswer(List<String> eventIds) implements Answer {

    public static final int MIN_EVENTS = 3;
    public static final int MAX_EVENTS = 6;

    public OrderAnswer {
        eventIds = List.copyOf(eventIds);
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.ORDER;
    }

    public boolean isRight(List<String> ordered) {
        return eventIds.equals(ordered);
    }
}
