package org.timeatlas.time;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Where a moment picked with the mouse lands: on the hour where an hour of the axis is wide enough to aim at,
 * otherwise on the start of the day. A pixel in a compressed year spans weeks, so finer would be noise.
 */
public final class ScrubSnap {

    private final TimeAxis axis;
    private final double minHourPixels;

    public ScrubSnap(TimeAxis axis, double minHourPixels) {
        this.axis = axis;
        this.minHourPixels = minHourPixels;
    }

    /** The timeline's rule: hours from 2 px. */
    public ScrubSnap(TimeAxis axis) {
        this(axis, 2);
    }

    /**
     * The snapped moment for {@code moment}, on an axis drawn {@code axisPixels} wide. The axis end is not a
     * moment of the span, so it lands on the start of the last day (or hour).
     */
    public LocalDateTime snap(LocalDateTime moment, double axisPixels) {
        if (!moment.isBefore(axis.end())) {
            moment = axis.end().minusMinutes(1);
        }
        double hourPixels = axis.dayWidthAt(moment) * axisPixels / 24;
        return moment.truncatedTo(hourPixels >= minHourPixels ? ChronoUnit.HOURS : ChronoUnit.DAYS);
    }
}
