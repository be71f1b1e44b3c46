package org.timeatlas.ui.navigation;

import java.time.LocalDateTime;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.time.FocusAxes;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.DayByDayMode;

/**
 * Playback: while the state says "playing", moves the moment along the timeline shown at a steady speed in
 * axis width, so quiet years pass quickly and the war days slowly. In day-by-day mode it plays through the focus
 * period on the focus timeline and stops at its end, staying in day-by-day mode; otherwise it stops at the end.
 */
public final class Player {

    private final ExplorerState state;
    private final TimeAxis axis;
    private final DayByDayMode focus;
    private final javafx.util.Subscription playing;
    private long lastFrame;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastFrame != 0) {
                advance((now - lastFrame) / 1e9);
            }
            lastFrame = now;
        }
    };

    public Player(ExplorerState state, TimeAxis axis, DayByDayMode focus) {
        this.state = state;
        this.axis = axis;
        this.focus = focus;
        playing = state.playingProperty().subscribe((was, playing) -> {
            if (playing) {
                rewindIfAtEnd();
                lastFrame = 0;
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /** Moves the moment on by {@code seconds} of playback. */
    void advance(double seconds) {
        Optional<FocusPeriod> period = focus.current();
        TimeAxis shown = period.map(FocusAxes::of).orElse(axis);
        LocalDateTime last = period.map(p -> p.to().minusMinutes(1)).orElse(state.last());
        double position = shown.positionOf(state.moment()) + seconds * state.speedProperty().get().axisFractionPerSecond();
        LocalDateTime next = shown.momentAt(position);
        state.setMoment(next.isAfter(last) ? last : next);
        if (position >= 1 || !state.moment().isBefore(last)) {
            state.setPlaying(false);
        }
    }

    private void rewindIfAtEnd() {
        Optional<FocusPeriod> period = focus.current();
        if (period.isPresent() && !state.moment().isBefore(period.get().to().minusMinutes(1))) {
            state.setMoment(period.get().from());
        } else if (period.isEmpty() && !state.moment().isBefore(state.last())) {
            state.setMoment(state.start());
        }
    }

    public void dispose() {
        timer.stop();
        playing.unsubscribe();
    }
}
