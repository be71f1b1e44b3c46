package org.timeatlas.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timeatlas.atlas.Event;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;

/**
 * The events near the current moment, shared by the map markers and the event list so the two agree.
 * "Near" follows the timeline's scale: on a war day, that day; in a quiet year, the months before. Only the
 * events the state shows count (its filters and no-spoiler horizon).
 */
public final class CurrentEvents {

    /** The window is the time covered by this fraction of the timeline's width around the moment. */
    static final double WINDOW_AXIS_FRACTION = 0.025;
    static final Duration MIN_WINDOW = Duration.ofDays(1);
    static final Duration MAX_WINDOW = Duration.ofDays(183);

    private final StateIndex index;
    private final TimeAxis axis;
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final javafx.util.Subscription subscription;
    private final ObservableList<Event> readOnly = FXCollections.unmodifiableObservableList(events);
    private final ExplorerState state;

    public CurrentEvents(StateIndex index, TimeAxis axis, ExplorerState state) {
        this.index = index;
        this.axis = axis;
        this.state = state;
        update(state.moment());
        subscription = state.momentProperty().subscribe((old, moment) -> update(moment))
                .and(state.shownEventsProperty().subscribe(shown -> update(state.moment())));
    }

    /** Stops following the moment. */
    public void dispose() {
        subscription.unsubscribe();
    }

    public ObservableList<Event> events() {
        return readOnly;
    }

    /** How far back from {@code moment} events still count as current. */
    public Duration windowAt(LocalDateTime moment) {
        Duration window = axis.durationOfWidth(moment, WINDOW_AXIS_FRACTION);
        if (window.compareTo(MIN_WINDOW) < 0) {
            return MIN_WINDOW;
        }
        return window.compareTo(MAX_WINDOW) > 0 ? MAX_WINDOW : window;
    }

    private void update(LocalDateTime moment) {
        var shown = state.shownEventsProperty().get();
        List<Event> now = index.eventsAround(moment, windowAt(moment)).stream().filter(shown).toList();
        if (!sameEvents(now, events)) {
            events.setAll(now);
        }
    }

    /**
     * Whether both lists hold the same event objects in the same order. The events all come from the one atlas, so
     * identity is enough; a record's own equals compared every field and source of two different events, and its
     * first call (linking the record's generated equals) took ≈15 ms of the first day stepped to.
     */
    static boolean sameEvents(List<Event> a, List<Event> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
