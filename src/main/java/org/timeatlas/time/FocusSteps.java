package org.timeatlas.time;

import java.time.Duration;
import java.time.LocalDateTime;
import org.timeatlas.atlas.FocusPeriod;

/**
 * Where a step lands inside a focus period: {@code fineStepHours} at a time inside [fineFrom, fineTo) on a
 * grid counted from fineFrom, a day at a time (at midnight) elsewhere; never outside [from, to).
 */
public final class FocusSteps {

    private final FocusPeriod period;

    public FocusSteps(FocusPeriod period) {
        this.period = period;
    }

    /** The moment one step forward ({@code direction} > 0) or back from {@code moment}. */
    public LocalDateTime step(LocalDateTime moment, int direction) {
        LocalDateTime target = direction > 0 ? forward(moment) : back(moment);
        LocalDateTime last = period.to().minusMinutes(1);
        if (target.isAfter(last)) {
            return lastStepStart(last);
        }
        return target.isBefore(period.from()) ? period.from() : target;
    }

    private LocalDateTime forward(LocalDateTime moment) {
        if (inFine(moment)) {
            LocalDateTime next = fineGridAfter(moment);
            return next.isAfter(period.fineTo()) ? period.fineTo() : next;
        }
        LocalDateTime nextDay = moment.toLocalDate().plusDays(1).atStartOfDay();
        // a day step from before the fine range lands at its start rather than over it
        return hasFine() && moment.isBefore(period.fineFrom()) && nextDay.isAfter(period.fineFrom())
                ? period.fineFrom() : nextDay;
    }

    private LocalDateTime back(LocalDateTime moment) {
        boolean fineBefore = hasFine() && moment.isAfter(period.fineFrom()) && !moment.isAfter(period.fineTo());
        return fineBefore ? fineGridBefore(moment) : dayStartBefore(moment);
    }

    private static LocalDateTime dayStartBefore(LocalDateTime moment) {
        LocalDateTime start = moment.toLocalDate().atStartOfDay();
        return start.isBefore(moment) ? start : start.minusDays(1);
    }

    private boolean hasFine() {
        return period.fineTo().isAfter(period.fineFrom());
    }

    private boolean inFine(LocalDateTime moment) {
        return hasFine() && !moment.isBefore(period.fineFrom()) && moment.isBefore(period.fineTo());
    }

    private long stepMinutes() {
        return period.fineStepHours() * 60L;
    }

    private LocalDateTime fineGridAfter(LocalDateTime moment) {
        long since = Duration.between(period.fineFrom(), moment).toMinutes();
        return period.fineFrom().plusMinutes((since / stepMinutes() + 1) * stepMinutes());
    }

    private LocalDateTime fineGridBefore(LocalDateTime moment) {
        long since = Duration.between(period.fineFrom(), moment).toMinutes();
        long steps = (since - 1) / stepMinutes();
        return period.fineFrom().plusMinutes(Math.max(0, steps) * stepMinutes());
    }

    private LocalDateTime lastStepStart(LocalDateTime last) {
        return inFine(last) ? fineGridBefore(last.plusMinutes(1)) : last.toLocalDate().atStartOfDay();
    }
}
