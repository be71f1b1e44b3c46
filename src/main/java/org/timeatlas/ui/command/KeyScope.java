package org.timeatlas.ui.command;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Where a command's keys apply. While a scope is active its commands win a key over those of scopes with a
 * lower priority: Page Down is "next tour step" while a tour runs and "next event" otherwise; Esc leaves full
 * screen before it leaves day-by-day mode.
 *
 * @param id       a stable name, used in Help and in tests
 * @param priority higher wins; the window scope is 0
 * @param active   whether the scope's keys apply now
 */
public record KeyScope(String id, int priority, ObservableBooleanValue active) {

    /** Keys that apply everywhere in the explorer window. */
    public static KeyScope window() {
        return new KeyScope("window", 0, Bindings.createBooleanBinding(() -> true));
    }

    public boolean isActive() {
        return active.get();
    }
}
