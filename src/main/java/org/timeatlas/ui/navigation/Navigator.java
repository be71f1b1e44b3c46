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
    private final EventOrder order;

    public Navigator(ExplorerState state, StateIndex index, DayByDayMode focus) {
        this.state = state;
        this.index = index;
        this.focus = focus;
        this.glide = new MomentGlide(state);
        this.order = new EventOrder(index.events());
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
     * Moves to the next event and selects it: events of one minute one by one, and events known only to the day
     * after the day's timed ones (see {@link EventOrder}), so none is skipped and the clock never runs back.
     */
    public void nextEvent() {
        go(order.next(state.selectedEventProperty().get(), state.moment()));
    }

    /** Moves to the previous event and selects it, in the reverse of {@link #nextEvent}'s order. */
    public void previousEvent() {
        go(order.previous(state.selectedEventProperty().get(), state.moment()));
    }

    /**
     * Moves to the next important event ({@link #IMPORTANT} or more) that the filters keep, and selects it: what a
     * presenter's clicker (Page Down) steps through outside a tour.
     */
    public void nextImportantEvent() {
        go(order.next(state.selectedEventProperty().get(), state.moment(), this::important));
    }

    /** Moves to the previous important event, in the reverse of {@link #nextImportantEvent}'s order. */
    public void previousImportantEvent() {
        go(order.previous(state.selectedEventProperty().get(), state.moment(), this::important));
    }

    /** The importance (1–3) from which an event is important enough for the clicker. */
    public static final int IMPORTANT = 2;

    private boolean important(Event event) {
        return event.importance() >= IMPORTANT && state.eventFilterProperty().get().test(event);
    }

    private void go(Event event) {
        if (event != null) {
            state.setMoment(order.shownAt(event));
            state.selectEvent(event.id());
        }
    }
}
