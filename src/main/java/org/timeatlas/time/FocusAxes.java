package org.timeatlas.time;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.timeatlas.atlas.AxisSegment;
import org.timeatlas.atlas.FocusPeriod;

/**
 * The time axis of a focus period: just [from, to), with the fine range [fineFrom, fineTo) given most of the
 * width and the rest of the period sharing the remainder by its length.
 */
public final class FocusAxes {

    /** The share of the width the fine range gets when the period has time outside it. */
    public static final double FINE_SHARE = 0.7;

    private FocusAxes() {
    }

    public static TimeAxis of(FocusPeriod period) {
        LocalDateTime from = period.from();
        LocalDateTime to = period.to();
        LocalDateTime fineFrom = period.fineFrom();
        LocalDateTime fineTo = period.fineTo();
        long before = minutes(from, fineFrom);
        long fine = minutes(fineFrom, fineTo);
        long after = minutes(fineTo, to);
        if (fine <= 0 || before + after <= 0) {
            return TimeAxis.uniform(from, to);
        }
        double rest = 1 - FINE_SHARE;
        List<AxisSegment> segments = new ArrayList<>();
        if (before > 0) {
            segments.add(new AxisSegment(from, fineFrom, rest * before / (before + after)));
        }
        segments.add(new AxisSegment(fineFrom, fineTo, FINE_SHARE));
        if (after > 0) {
            segments.add(new AxisSegment(fineTo, to, rest * after / (before + after)));
        }
        return new TimeAxis(segments);
    }

    private static long minutes(LocalDateTime from, LocalDateTime to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }
}
