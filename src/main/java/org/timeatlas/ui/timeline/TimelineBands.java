package org.timeatlas.ui.timeline;

/**
 * The rows of the timeline from top to bottom, in pixels below the top padding: the playhead label, the era
 * bands, the event marks standing on the axis line, the ticks hanging from it, then day, month and year labels.
 */
final class TimelineBands {

    static final double LABEL_HEIGHT = 22;
    static final double ERAS_TOP = 24;
    static final double ERAS_HEIGHT = 34;
    static final double EVENTS_TOP = 62;
    static final double AXIS_Y = 96;
    static final double YEAR_TICK = 10;
    static final double MONTH_TICK = 7;
    static final double DAY_TICK = 4;
    static final double DAY_LABELS_BASELINE = 117;
    static final double MONTH_LABELS_BASELINE = 131;
    static final double YEAR_LABELS_BASELINE = 147;
    static final double HEIGHT = 152;

    private TimelineBands() {
    }

    /** Height of an event mark by importance 1–3: a turning point stands tallest. */
    static double markHeight(int importance) {
        return switch (Math.max(1, Math.min(3, importance))) {
            case 1 -> 12;
            case 2 -> 21;
            default -> 30;
        };
    }
}
