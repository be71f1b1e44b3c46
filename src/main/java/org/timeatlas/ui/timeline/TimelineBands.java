package org.timeatlas.ui.timeline;

/**
 * The rows of the timeline from top to bottom, in pixels below the top padding: the playhead label, the era
 * bands, the event marks standing on the axis line, the ticks hanging from it, then day, month and year labels;
 * in day-by-day mode the overview strip below. Every size is the size at 100 % times {@code scale}, the
 * interface scale, so the timeline grows with the root font like the rest of the window.
 *
 * @param scale the interface scale, 1 at 100 % (see {@link org.timeatlas.ui.RootFont})
 */
record TimelineBands(double scale) {

    /** The rows at 100 %. */
    static final TimelineBands AT_100 = new TimelineBands(1);

    double labelHeight() {
        return 22 * scale;
    }

    double erasTop() {
        return 24 * scale;
    }

    double erasHeight() {
        return 34 * scale;
    }

    double eventsTop() {
        return 62 * scale;
    }

    double axisY() {
        return 96 * scale;
    }

    double yearTick() {
        return 10 * scale;
    }

    double monthTick() {
        return 7 * scale;
    }

    double dayTick() {
        return 4 * scale;
    }

    double dayLabelsBaseline() {
        return 117 * scale;
    }

    double monthLabelsBaseline() {
        return 131 * scale;
    }

    double yearLabelsBaseline() {
        return 147 * scale;
    }

    double height() {
        return 152 * scale;
    }

    /** Gap above the overview strip, below the year labels. */
    double overviewGap() {
        return 3 * scale;
    }

    double overviewHeight() {
        return 14 * scale;
    }

    /** Height of an event mark by importance 1–3: a turning point stands tallest. */
    double markHeight(int importance) {
        return scale * switch (Math.max(1, Math.min(3, importance))) {
            case 1 -> 12;
            case 2 -> 21;
            default -> 30;
        };
    }

    /** A length of {@code pixels} at 100 %, at this scale. */
    double px(double pixels) {
        return pixels * scale;
    }

    /** Font sizes: year labels, month labels, day and hour labels, era names at most. */
    double yearFontSize() {
        return 12 * scale;
    }

    double monthFontSize() {
        return 11 * scale;
    }

    double dayFontSize() {
        return 10 * scale;
    }
}
