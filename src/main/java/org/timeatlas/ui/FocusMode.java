package org.timeatlas.ui;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.timeatlas.atlas.FocusPeriod;

/**
 * The rules of focus mode over the explorer state: it is on only while the moment lies in one of the atlas's
 * focus periods, so turning it on outside them first moves the moment to the start of the first period's fine
 * range, and a moment set outside them (by a jump, an event, playback) turns it off.
 */
public final class FocusMode {

    private final ExplorerState state;
    private final List<FocusPeriod> periods;

    public FocusMode(ExplorerState state, List<FocusPeriod> periods) {
        this.state = state;
        this.periods = List.copyOf(periods);
        state.focusModeProperty().addListener((obs, was, on) -> {
            if (on && periodAt(state.moment()).isEmpty()) {
                if (periods.isEmpty()) {
                    state.setFocusMode(false);
                } else {
                    state.setMoment(this.periods.get(0).fineFrom());
                }
            }
        });
        state.momentProperty().addListener((obs, old, moment) -> {
            if (state.isFocusMode() && periodAt(moment).isEmpty()) {
                state.setFocusMode(false);
            }
        });
    }

    public List<FocusPeriod> periods() {
        return periods;
    }

    /** The period shown now: the one holding the moment while focus mode is on. */
    public Optional<FocusPeriod> current() {
        return state.isFocusMode() ? periodAt(state.moment()) : Optional.empty();
    }

    /** Focus mode on {@code period}: the moment moves to its fine range unless it already lies in the period. */
    public void enter(FocusPeriod period) {
        if (!period.contains(state.moment())) {
            state.setMoment(period.fineFrom());
        }
        state.setFocusMode(true);
    }

    public void toggle() {
        state.toggleFocusMode();
    }

    public void leave() {
        state.setFocusMode(false);
    }

    /** Turns focus mode on when {@code moment} lies in a focus period, as when the app opens there. */
    public void enterIfInside(LocalDateTime moment) {
        if (periodAt(moment).isPresent()) {
            state.setFocusMode(true);
        }
    }

    private Optional<FocusPeriod> periodAt(LocalDateTime moment) {
        return periods.stream().filter(p -> p.contains(moment)).findFirst();
    }
}
