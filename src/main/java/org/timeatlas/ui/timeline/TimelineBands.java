package org.timeatlas.ui.timeline;

/**
 * The rows of the timeline from top to bottom, in pixels below the top padding: the playhead label, the era
 * bands, the event marks standing on the axis line, the ticks hanging from it, then day, month and year labels;
 * in day-by-day mode the overview strip below. Every size is the size at 100 % times {@code scale}, the
 * interface scale, so the timeline grows with the root font like the rest of the window. The era bands take a
 * lane of {@link #ERA_LANE} pixels for each row of eras that overlap in time (at least {@link #ERAS_AT_LEAST}), so
 * that era names are {@link #ERA_FONT} pixels at 100 % however many eras overlap; the rows below move down by
 * what the eras take beyond the least.
 *
 * @param scale    the interface scale, 1 at 100 % (see {@link org.timeatlas.ui.RootFont})
 * @param eraLanes how many rows the eras need (see {@link org.timeatlas.time.EraLanes})
 */
record TimelineBands(double scale, int eraLanes) {

    /** The least height of the era bands at 100 %. */
    static final double ERAS_AT_LEAST = 34;
    /** One lane of eras at 100 %: a name of {@link #ERA_FONT} px with room above and below. */
    static final double ERA_LANE = 15;
    /** The size of era names at 100 %: the issue asks ≥ 11 px, legible from the back of a room. */
    static final double ERA_FONT = 11;

    /** The rows at 100 % with two lanes of eras. */
    static final TimelineBands AT_100 = new TimelineBands(1);

    TimelineBands(double scale) {
        this(scale, 2);
    }

    /** What the eras take beyond their least height, at 100 %: every row below moves down by it. */
    private double below() {
        return Math.max(0, eraLanes * ERA_LANE - ERAS_AT_LEAST);
    }

    /** The height of one lane of eras. */
    double eraLaneHeight() {
        return erasHeight() / Math.max(1, eraLanes);
    }

    /** The size of era names. */
    double eraFontSize() {
        return ERA_FONT * scale;
    }

    double labelHeight() {
        return 22 * scale;
    }

    double erasTop() {
        return 24 * scale;
    }

    double erasHeight() {
        return (ERAS_AT_LEAST + below()) * scale;
    }

    double eventsTop() {
        return (62 + below()) * scale;
    }

    double axisY() {
        return (96 + below()) * scale;
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
        return (117 + below()) * scale;
    }

    double monthLabelsBaseline() {
        return (131 + below()) * scale;
    }

    double yearLabelsBaseline() {
        return (147 + below()) * scale;
    }

    double height() {
        return (152 + below()) * scale;
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
