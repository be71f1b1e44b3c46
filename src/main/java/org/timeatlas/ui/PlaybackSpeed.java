package org.timeatlas.ui;

/** How fast playback moves the playhead, as seconds to cross the whole timeline. */
public enum PlaybackSpeed {
    SLOW(240), NORMAL(120), FAST(40);

    private final double secondsForWholeAxis;

    PlaybackSpeed(double secondsForWholeAxis) {
        this.secondsForWholeAxis = secondsForWholeAxis;
    }

    /** Fraction of the axis the playhead moves per second. */
    public double axisFractionPerSecond() {
        return 1.0 / secondsForWholeAxis;
    }

    public PlaybackSpeed faster() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    public PlaybackSpeed slower() {
        return values()[Math.max(ordinal() - 1, 0)];
    }
}
