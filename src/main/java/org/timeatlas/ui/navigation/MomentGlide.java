package org.timeatlas.ui.navigation;

import java.time.LocalDateTime;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.util.Duration;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;

/**
 * Moves the moment to a target smoothly, so a step reads as motion on the map and the timeline: the moment
 * glides along the axis (evenly in axis width, not in time) for {@link #DURATION}. A new glide first finishes
 * the running one, so quick key presses never lose a step; a moment set by anyone else stops it.
 */
public final class MomentGlide {

    public static final Duration DURATION = Duration.millis(240);

    private final ExplorerState state;
    private Glide running;

    public MomentGlide(ExplorerState state) {
        this.state = state;
    }

    /** Glides from the current moment to {@code target} over {@code axis}; the last frame sets it exactly. */
    public void to(LocalDateTime target, TimeAxis axis) {
        finish();
        if (target.equals(state.moment())) {
            return;
        }
        running = new Glide(axis, axis.positionOf(state.moment()), axis.positionOf(target), target);
        running.play();
    }

    /** Jumps to the end of the running glide, if any. */
    public void finish() {
        Glide glide = running;
        running = null;
        if (glide != null) {
            glide.stop();
            state.setMoment(glide.target);
        }
    }

    /** The moment the running glide ends at, or the current moment when none runs. */
    public LocalDateTime destination() {
        return running == null ? state.moment() : running.target;
    }

    public boolean isGliding() {
        return running != null;
    }

    private final class Glide extends Transition {
        private final TimeAxis axis;
        private final double from;
        private final double to;
        private final LocalDateTime target;
        private LocalDateTime lastSet;

        Glide(TimeAxis axis, double from, double to, LocalDateTime target) {
            this.axis = axis;
            this.from = from;
            this.to = to;
            this.target = target;
            this.lastSet = state.moment();
            setCycleDuration(DURATION);
            setInterpolator(Interpolator.EASE_BOTH);
            setOnFinished(done -> {
                if (running == this) {
                    running = null;
                    state.setMoment(target);
                }
            });
        }

        @Override
        protected void interpolate(double fraction) {
            if (running != this) {
                return;
            }
            if (!state.moment().equals(lastSet)) {
                // someone else moved the moment (a scrub, a click): they win
                running = null;
                stop();
                return;
            }
            lastSet = fraction >= 1 ? target : axis.momentAt(from + (to - from) * fraction);
            state.setMoment(lastSet);
        }
    }
}
