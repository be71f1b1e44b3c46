package org.timeatlas.atlas;

import java.util.List;

/** The optional teaching parts of an atlas: guided tours, the authored quiz questions and the lenses. */
public record AtlasExtras(List<Tour> tours, List<Question> questions, List<Lens> lenses) {

    /** An atlas without tours, quiz or lenses. */
    public static final AtlasExtras NONE = new AtlasExtras(List.of(), List.of(), List.of());

    public AtlasExtras {
        tours = List.copyOf(tours);
        questions = List.copyOf(questions);
        lenses = List.copyOf(lenses);
    }
}
