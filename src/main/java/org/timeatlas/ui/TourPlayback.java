package org.timeatlas.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;

/**
 * Which tour runs and at which step, shared by everything that shows or drives a tour (the tour player beside the
 * map, presentation mode, the presenter view). Going to a step applies it to the explorer state: the moment, the
 * map view and the highlight; the step's own text is for the views to show.
 *
 * <p>Steps are counted from 0 here; views show them from 1 ("step k of n").
 */
public final class TourPlayback {

    /**
     * A tour and the index of its step now shown.
     *
     * @param tour the tour
     * @param step the index of the current step, 0 ≤ step &lt; tour.steps().size()
     */
    public record Position(Tour tour, int step) {

        public TourStep current() {
            return tour.steps().get(step);
        }

        /** The step after this one, or empty at the last. */
        public Optional<TourStep> next() {
            return step + 1 < tour.steps().size() ? Optional.of(tour.steps().get(step + 1)) : Optional.empty();
        }

        public boolean isFirst() {
            return step == 0;
        }

        public boolean isLast() {
            return step == tour.steps().size() - 1;
        }

        /** How many steps the tour has. */
        public int count() {
            return tour.steps().size();
        }
    }

    private final List<Tour> tours;
    private final ExplorerState state;
    private final ReadOnlyObjectWrapper<Position> position = new ReadOnlyObjectWrapper<>(this, "position");

    public TourPlayback(List<Tour> tours, ExplorerState state) {
        this.tours = List.copyOf(tours);
        this.state = state;
    }

    /** The atlas's tours, in the order of the atlas. */
    public List<Tour> tours() {
        return tours;
    }

    public Optional<Tour> tour(String id) {
        return tours.stream().filter(tour -> tour.id().equals(id)).findFirst();
    }

    /** The running tour and its step, or null when no tour runs. */
    public ReadOnlyObjectProperty<Position> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public Optional<Position> position() {
        return Optional.ofNullable(position.get());
    }

    public boolean isRunning() {
        return position.get() != null;
    }

    /**
     * Starts {@code tour} at step {@code step} (clamped into the tour) and applies that step. The tour need not be
     * one of the atlas's (a tour being written in the editor can be played).
     */
    public void start(Tour tour, int step) {
        go(new Position(tour, Math.max(0, Math.min(step, tour.steps().size() - 1))));
    }

    /** Moves to the next step; false (and nothing changes) at the last step or when no tour runs. */
    public boolean next() {
        Position now = position.get();
        if (now == null || now.isLast()) {
            return false;
        }
        go(new Position(now.tour(), now.step() + 1));
        return true;
    }

    /** Moves to the previous step; false at the first step or when no tour runs. */
    public boolean previous() {
        Position now = position.get();
        if (now == null || now.isFirst()) {
            return false;
        }
        go(new Position(now.tour(), now.step() - 1));
        return true;
    }

    /** Jumps to step {@code index} (from 0); false when it is outside the tour or no tour runs. */
    public boolean goTo(int index) {
        Position now = position.get();
        if (now == null || index < 0 || index >= now.count()) {
            return false;
        }
        go(new Position(now.tour(), index));
        return true;
    }

    /** Applies the current step again (e.g. after the user moved away from it). */
    public void reapply() {
        Position now = position.get();
        if (now != null) {
            apply(now.current());
        }
    }

    /** Ends the tour: the highlight goes, the moment and view stay where the last step left them. */
    public void stop() {
        position.set(null);
        state.setHighlight(null);
    }

    private void go(Position target) {
        position.set(target);
        apply(target.current());
    }

    private void apply(TourStep step) {
        state.setPlaying(false);
        state.setMoment(step.moment());
        state.requestView(ViewRequest.box(step.view().bounds()));
        state.setHighlight(step.highlight());
        if (!step.highlight().eventIds().isEmpty()) {
            state.selectEvent(step.highlight().eventIds().get(0));
        }
    }
}
