package org.timeatlas.ui.shell;

import java.time.LocalDateTime;
import java.util.List;
import org.timeatlas.atlas.Event;
import org.timeatlas.time.StateIndex;
import org.timeatlas.ui.ExplorerState;

/** Steps the current moment: by a day, a month or a year, to the next or previous event, to either end. */
public final class Navigator {

    private final ExplorerState state;
    private final StateIndex index;

    public Navigator(ExplorerState state, StateIndex index) {
        this.state = state;
        this.index = index;
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
