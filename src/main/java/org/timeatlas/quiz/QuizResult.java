package org.timeatlas.quiz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a finished (or left) quiz session leaves for the settings: the score over all questions answered, per era
 * id and per tour id (sorted by id), how many questions there were, and the ids of the questions answered wrongly,
 * in the order asked, for "review my mistakes". A plain record of strings and numbers, so the settings can store it
 * as it is.
 */
public record QuizResult(Score score, int questions, Map<String, Score> byEra, Map<String, Score> byTour,
                         List<String> mistakeIds) {

    public QuizResult {
        byEra = java.util.Collections.unmodifiableMap(new TreeMap<>(byEra));
        byTour = java.util.Collections.unmodifiableMap(new TreeMap<>(byTour));
        mistakeIds = List.copyOf(mistakeIds);
    }
}
