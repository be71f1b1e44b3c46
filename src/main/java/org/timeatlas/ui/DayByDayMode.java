package org.timeatlas.ui;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.timeatlas.atlas.FocusPeriod;

/**
 * The rules of day-by-day mode over the explorer state: it is on only while the moment lies in one of the atlas's
 * focus periods, so turning it on outside them first moves the moment to the start of the first period's fine
 * range, and a moment set outside them (by a jump, an event, playback) turns it off.
 */
public final class DayByDayMode {

    private final ExplorerState state;
    private final List<FocusPeriod> periods;
    private javafx.util.Subscription subscriptions;

    public DayByDayMode(ExplorerState state, List<FocusPeriod> periods) {
        this.state = state;
        this.periods = List.copyOf(periods);
        subscriptions = state.dayByDayProperty().subscribe((was, on) -> {
            if (on && periodAt(state.moment()).isEmpty()) {
                if (periods.isEmpty()) {
                    state.setDayByDayMode(false);
                } else {
                    state.setMoment(this.periods.get(0).fineFrom());
                }
            }
        });
        subscriptions = subscriptions.and(state.momentProperty().subscribe((old, moment) -> {
            if (state.isDayByDayMode() && periodAt(moment).isEmpty()) {
                state.setDayByDayMode(false);
            }
        }));
    }

    /** Ends its rules' listeners on the state. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    public List<FocusPeriod> periods() {
        return periods;
    }

    /** The period shown now: the one holding the moment while day-by-day mode is on. */
    public Optional<FocusPeriod> current() {
        return state.isDayByDayMode() ? periodAt(state.moment()) : Optional.empty();
    }

    /** Day-by-day mode on {@code period}: the moment moves to its fine range unless it already lies in the period. */
    public void enter(FocusPeriod period) {
        if (!period.contains(state.moment())) {
            state.setMoment(period.fineFrom());
        }
        state.setDayByDayMode(true);
    }

    public void toggle() {
        state.toggleDayByDayMode();
    }

    public void leave() {
        state.setDayByDayMode(false);
    }

    /** Turns day-by-day mode on when {@code moment} lies in a focus period, as when the app opens there. */
    public void enterIfInside(LocalDateTime moment) {
        if (periodAt(moment).isPresent()) {
            state.setDayByDayMode(true);
        }
    }

    private Optional<FocusPeriod> periodAt(LocalDateTime moment) {
        return periods.stream().filter(p -> p.contains(moment)).findFirst();
    }
}
