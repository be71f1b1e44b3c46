package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A self-check question, authored in {@code quiz.json} or generated from the atlas ({@code generated}). {@code moment}
 * is what the map shows while the question is asked (null: the explorer stays where it is); {@code showAfter} is
 * where the map and timeline move once it is answered. {@code eraId} and {@code tourId} may be null. The sources
 * are those the answer and explanation rest on (at least one).
 */
public record Question(String id, LocalizedText question, Answer answer, LocalDateTime moment,
                       LocalizedText explanation, List<Source> sources, LocalDateTime showAfter, String eraId,
                       String tourId, boolean generated) {

    public Question {
        sources = List.copyOf(sources);
    }

    public QuestionKind kind() {
        return answer.kind();
    }

    public Optional<LocalDateTime> askedAt() {
        return Optional.ofNullable(moment);
    }

    public Optional<String> era() {
        return Optional.ofNullable(eraId);
    }

    public Optional<String> tour() {
        return Optional.ofNullable(tourId);
    }
}
