package org.timeatlas.output.animation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The moments of an animation's frames: {@code from}, then one {@link FrameStep} after another while the moment
 * is not later than {@code to}, so {@code to} is the last frame when the steps land on it.
 *
 * @param from  the first frame's moment
 * @param to    no frame is later than this
 * @param step  how far the moment moves between frames
 */
public record FramePlan(LocalDateTime from, LocalDateTime to, FrameStep step) {

    /** More frames than this is a mistake in the step rather than an animation anyone can use. */
    public static final int MAX_FRAMES = 5000;

    /**
     * Why {@code from}, {@code to} and {@code step} make no animation — one plain sentence — or empty when they
     * make one of 1 to {@link #MAX_FRAMES} frames.
     */
    public static Optional<String> problem(LocalDateTime from, LocalDateTime to, FrameStep step) {
        if (to.isBefore(from)) {
            return Optional.of("the end " + to + " is before the start " + from);
        }
        for (int count = 1; count <= MAX_FRAMES; count++) {
            if (step.after(from, count).isAfter(to)) {
                return Optional.empty();
            }
        }
        return Optional.of("a step of " + step + " from " + from + " to " + to + " makes more than " + MAX_FRAMES
                + " frames; take a longer step or a shorter span");
    }

    public FramePlan {
        problem(from, to, step).ifPresent(wrong -> {
            throw new IllegalArgumentException(wrong);
        });
    }

    /** The frames' moments in order, {@code from} first. */
    public List<LocalDateTime> moments() {
        List<LocalDateTime> moments = new ArrayList<>();
        for (long count = 0; !step.after(from, count).isAfter(to); count++) {
            moments.add(step.after(from, count));
        }
        return moments;
    }
}
