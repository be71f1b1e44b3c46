package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One step of a tour: the moment the explorer moves to ({@code momentHasTime} when the file gave a time of day),
 * the map view, what is highlighted, a caption of 1–4 sentences, and optionally speaker notes, the moment up to
 * which a no-spoiler view shows things ({@code revealUntil}, never before {@code moment}), the id of a quiz
 * question to ask after the step, and sources for the caption beyond those of the highlighted events.
 * {@code notes}, {@code revealUntil} and {@code questionId} may be null.
 */
public record TourStep(LocalDateTime moment, boolean momentHasTime, TourView view, Highlight highlight,
                       LocalizedText caption, LocalizedText notes, LocalDateTime revealUntil, String questionId,
                       List<Source> sources) {

    public TourStep {
        sources = List.copyOf(sources);
    }

    public Optional<LocalizedText> speakerNotes() {
        return Optional.ofNullable(notes);
    }

    public Optional<String> question() {
        return Optional.ofNullable(questionId);
    }

    /** The last moment a no-spoiler view may show during this step: {@code revealUntil}, or else the step's moment. */
    public LocalDateTime revealedUntil() {
        return revealUntil != null ? revealUntil : moment;
    }
}
