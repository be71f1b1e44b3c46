package org.timeatlas.time;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.timeatlas.atlas.AxisSegment;

/**
 * A segmented time axis: the atlas span mapped onto [0, 1], each segment getting its share of the width
 * and spreading its time evenly inside. Quiet years get little width, the days that matter a lot.
 * Positions are fractions of the axis width; multiply by pixels in the view.
 */
public final class TimeAxis {

    private final long[] segmentStart;   // epoch minutes of each segment's start, plus the end of the last
    private final double[] positionStart; // axis position of each segment's start, plus 1.0

    public TimeAxis(List<AxisSegment> segments) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a time axis needs at least one segment");
        }
        int n = segments.size();
        segmentStart = new long[n + 1];
        positionStart = new double[n + 1];
        double total = segments.stream().mapToDouble(AxisSegment::share).sum();
        double position = 0;
        for (int i = 0; i < n; i++) {
            AxisSegment segment = segments.get(i);
            if (i > 0 && !segment.from().equals(segments.get(i - 1).to())) {
                throw new IllegalArgumentException("axis segments must be consecutive: " + segment.from());
            }
            segmentStart[i] = Moments.toMinutes(segment.from());
            positionStart[i] = position;
            position += segment.share() / total;
        }
        segmentStart[n] = Moments.toMinutes(segments.get(n - 1).to());
        positionStart[n] = 1.0;
    }

    /** An axis where every day has the same width. */
    public static TimeAxis uniform(LocalDateTime from, LocalDateTime to) {
        return new TimeAxis(List.of(new AxisSegment(from, to, 1.0)));
    }

    public LocalDateTime start() {
        return Moments.fromMinutes(segmentStart[0]);
    }

    public LocalDateTime end() {
        return Moments.fromMinutes(segmentStart[segmentStart.length - 1]);
    }

    /** Position in [0, 1] of a moment; moments outside the span are clamped. */
    public double positionOf(LocalDateTime moment) {
        long minutes = Moments.toMinutes(moment);
        if (minutes <= segmentStart[0]) {
            return 0;
        }
        if (minutes >= segmentStart[segmentStart.length - 1]) {
            return 1;
        }
        int i = segmentContainingMinute(minutes);
        double fraction = (double) (minutes - segmentStart[i]) / (segmentStart[i + 1] - segmentStart[i]);
        return positionStart[i] + fraction * (positionStart[i + 1] - positionStart[i]);
    }

    /** The moment at a position in [0, 1], to the minute; positions outside are clamped. */
    public LocalDateTime momentAt(double position) {
        if (position <= 0) {
            return start();
        }
        if (position >= 1) {
            return end();
        }
        int i = segmentContainingPosition(position);
        double fraction = (position - positionStart[i]) / (positionStart[i + 1] - positionStart[i]);
        long minutes = segmentStart[i] + Math.round(fraction * (segmentStart[i + 1] - segmentStart[i]));
        return Moments.fromMinutes(minutes);
    }

    /** Width (as a fraction of the axis) that one day occupies around {@code moment}. */
    public double dayWidthAt(LocalDateTime moment) {
        int i = segmentContainingMinute(Math.min(Math.max(Moments.toMinutes(moment), segmentStart[0]),
                segmentStart[segmentStart.length - 1] - 1));
        double minutes = segmentStart[i + 1] - segmentStart[i];
        return (positionStart[i + 1] - positionStart[i]) * (24 * 60) / minutes;
    }

    /** The stretch of time that {@code fraction} of the axis covers at {@code moment}. */
    public Duration durationOfWidth(LocalDateTime moment, double fraction) {
        return Duration.of(Math.round(fraction / dayWidthAt(moment) * 24 * 60), ChronoUnit.MINUTES);
    }

    /** The end of the segment that holds {@code moment} (the axis's end for moments at or after it). */
    public LocalDateTime segmentEnd(LocalDateTime moment) {
        long minutes = Moments.toMinutes(moment);
        if (minutes >= segmentStart[segmentStart.length - 1]) {
            return end();
        }
        return Moments.fromMinutes(segmentStart[segmentContainingMinute(Math.max(minutes, segmentStart[0])) + 1]);
    }

    /** Start moments of the segments, for drawing their boundaries. */
    public List<LocalDateTime> segmentBoundaries() {
        List<LocalDateTime> boundaries = new ArrayList<>();
        for (long minute : segmentStart) {
            boundaries.add(Moments.fromMinutes(minute));
        }
        return boundaries;
    }

    private int segmentContainingMinute(long minutes) {
        int low = 0;
        int high = segmentStart.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (segmentStart[mid] <= minutes) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private int segmentContainingPosition(double position) {
        int low = 0;
        int high = positionStart.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (positionStart[mid] <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
