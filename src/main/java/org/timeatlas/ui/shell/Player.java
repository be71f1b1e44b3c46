package org.timeatlas.ui.shell;

import javafx.animation.AnimationTimer;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;

/**
 * Playback: while the state says "playing", moves the moment along the timeline at a steady speed in
 * axis width, so quiet years pass quickly and the war days slowly. Stops at the end.
 */
public final class Player {

    private final ExplorerState state;
    private final TimeAxis axis;
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

    public Player(ExplorerState state, TimeAxis axis) {
        this.state = state;
        this.axis = axis;
        state.playingProperty().addListener((obs, was, playing) -> {
            if (playing) {
                if (!state.moment().isBefore(state.last())) {
                    state.setMoment(state.start());
                }
                lastFrame = 0;
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /** Moves the moment on by {@code seconds} of playback. */
    void advance(double seconds) {
        double position = axis.positionOf(state.moment())
                + seconds * state.speedProperty().get().axisFractionPerSecond();
        state.setMoment(axis.momentAt(position));
        if (position >= 1 || !state.moment().isBefore(state.last())) {
            state.setPlaying(false);
        }
    }

    public void dispose() {
        timer.stop();
    }
}
