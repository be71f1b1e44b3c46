package org.timeatlas.quiz;

import java.time.LocalDateTime;
import java.util.List;

/** What the student answered; its type must be the question's kind. */
public sealed interface Response {

    /** The 0-based index of the option chosen. */
    record Choice(int index) implements Response {
    }

    /** The id of the territory clicked (or chosen with the keyboard). */
    record Territory(String territoryId) implements Response {
    }

    /** The moment the playhead was set to. */
    record Date(LocalDateTime moment) implements Response {
    }

    /** The event ids in the order the student put them. */
    record Order(List<String> eventIds) implements Response {
        public Order {
            eventIds = List.copyOf(eventIds);
        }
    }
}
