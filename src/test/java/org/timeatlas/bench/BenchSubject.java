package org.timeatlas.bench;

import java.time.LocalDateTime;
import javafx.stage.Stage;

/** What a benchmark child measures: something that fills and shows a stage, then follows the moment it is given. */
public interface BenchSubject {

    /** Builds the window in {@code stage} and shows it (perhaps first a start-up shell). */
    void open(Stage stage);

    /** Whether the window shows the whole subject now, not a start-up shell. */
    default boolean ready() {
        return true;
    }

    /** Called once the first frame is out and before any frame is timed: do the set-up the driving needs. */
    void prepare();

    /** Shows {@code moment} (the war steps). */
    void show(LocalDateTime moment);

    /** Shows the moment at {@code position} in [0, 1] of the time axis (the scrub). */
    void showPosition(double position);
}
