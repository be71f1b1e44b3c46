package org.timeatlas.atlas;

import java.util.List;

/**
 * A guided tour ({@code tours/<id>.json}): {@value #MIN_STEPS}–{@value #MAX_STEPS} steps in the order presented,
 * with a title and description, a level and an estimated duration in whole minutes.
 */
public record Tour(String id, LocalizedText title, LocalizedText description, TourLevel level, int minutes,
                   List<TourStep> steps) {

    public static final int MIN_STEPS = 8;
    public static final int MAX_STEPS = 20;

    public Tour {
        steps = List.copyOf(steps);
    }
}
