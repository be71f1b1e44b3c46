package org.timeatlas.ui.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.timeatlas.atlas.Event;

/** Where each event's mark stands on the axis, and which mark a pointer is on. */
final class EventMarks {

    private static final double OFF_AXIS = 100_000;

    private final List<Event> all;
    private List<Event> events;
    private double[] xs = new double[0];

    EventMarks(List<Event> events) {
        this.all = events.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
        this.events = all;
    }

    /** Keeps the marks of the events {@code shown} accepts (filters, no-spoiler horizon); place them again after. */
    void show(Predicate<Event> shown) {
        events = all.stream().filter(shown).toList();
        xs = new double[0];
    }

    List<Event> events() {
        return events;
    }

    /** Places the marks; those outside the axis (in day-by-day mode) go far off either side, keeping the order. */
    void place(AxisScale scale) {
        xs = events.stream().mapToDouble(event -> {
            if (event.start().isBefore(scale.axis().start())) {
                return scale.left() - OFF_AXIS;
            }
            return event.start().isBefore(scale.axis().end()) ? scale.xOf(event.start()) : scale.right() + OFF_AXIS;
        }).toArray();
    }

    double xOf(int index) {
        return xs[index];
    }

    /** The mark closest to {@code x} within {@code tolerance} pixels (the more important on a tie), or null. */
    Event near(double x, double tolerance) {
        int i = Arrays.binarySearch(xs, x - tolerance);
        int from = i < 0 ? -i - 1 : i;
        while (from > 0 && xs[from - 1] >= x - tolerance) {
            from--;
        }
        Event best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int j = from; j < xs.length && xs[j] <= x + tolerance; j++) {
            double distance = Math.abs(xs[j] - x);
            Event candidate = events.get(j);
            boolean closer = distance < bestDistance - 0.5;
            boolean asCloseButMoreImportant = Math.abs(distance - bestDistance) <= 0.5
                    && candidate.importance() > best.importance();
            if (closer || asCloseButMoreImportant) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
