package org.timeatlas.ui.navigation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.time.FocusAxes;
import org.timeatlas.time.FocusSteps;
import org.timeatlas.time.StateIndex;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.DayByDayMode;

/**
 * Steps the current moment: by a day, a month or a year, to the next or previous event, to either end. In
 * day-by-day mode a step is a day, or the period's fine step inside its fine range, and glides there.
 */
public final class Navigator {

    private final ExplorerState state;
    private final StateIndex index;
    private final DayByDayMode focus;
    private final MomentGlide glide;

    public Navigator(ExplorerState state, StateIndex index, DayByDayMode focus) {
        this.state = state;
        this.index = index;
        this.focus = focus;
        this.glide = new MomentGlide(state);
    }

    /**
     * One step forward ({@code direction} > 0) or back: in day-by-day mode the period's step, gliding there from
     * where a running glide ends; otherwise a day.
     */
    public void step(int direction) {
        glide.finish();
        Optional<FocusPeriod> period = focus.current();
        if (period.isEmpty()) {
            days(direction);
            return;
        }
        glide.to(new FocusSteps(period.get()).step(state.moment(), direction), FocusAxes.of(period.get()));
    }

    /** The glide of day-by-day steps, for tests that time it. */
    MomentGlide glide() {
        return glide;
    }

    /** Ends a glide under way, when the explorer is closed. */
    public void dispose() {
        glide.finish();
    }

    public void days(int count) {
        state.setMoment(state.moment().plusDays(count));
    }

    public void months(int count) {
        state.setMoment(state.moment().plusMonths(count));
    }

    public void years(int count) {
        state.setMoment(state.moment().plusYears(count));
    }

    public void toStart() {
        state.setMoment(state.start());
    }

    public void toEnd() {
        state.setMoment(state.last());
    }

    /**
     * Moves to the next event and selects it. Events at the same minute are visited one by one, in the
     * order of the event index, so no event is skipped.
     */
    public void nextEvent() {
        List<Event> events = index.events();
        int position = selectedPositionAtMoment(events);
        Event next = position >= 0 && position + 1 < events.size()
                && !events.get(position + 1).start().isAfter(state.moment())
                ? events.get(position + 1) : index.nextEvent(state.moment()).orElse(null);
        go(next);
    }

    /** Moves to the previous event and selects it (same-minute events one by one, in reverse). */
    public void previousEvent() {
        List<Event> events = index.events();
        int position = selectedPositionAtMoment(events);
        Event previous;
        if (position > 0 && events.get(position - 1).start().equals(state.moment())) {
            previous = events.get(position - 1);
        } else {
            previous = index.previousEvent(state.moment()).orElse(null);
            if (previous != null) {
                LocalDateTime at = previous.start();
                int last = events.lastIndexOf(previous);
                while (last + 1 < events.size() && events.get(last + 1).start().equals(at)) {
                    last++;
                }
                previous = events.get(last);
            }
        }
        go(previous);
    }

    private int selectedPositionAtMoment(List<Event> events) {
        String selected = state.selectedEventProperty().get();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.id().equals(selected) && event.start().equals(state.moment())) {
                return i;
            }
        }
        return -1;
    }

    private void go(Event event) {
        if (event != null) {
            state.setMoment(event.start());
            state.selectEvent(event.id());
        }
    }
}
