package org.timeatlas.ui.quiz;

import java.util.Optional;
import javafx.scene.Node;
import org.timeatlas.quiz.Response;

/**
 * How one kind of question is answered in the quiz panel, by mouse and by keys: the node to show, the response
 * it holds now (empty while nothing is chosen), and what the quiz's keys do to it. Keys a kind has no use for do
 * nothing.
 */
interface AnswerInput {

    Node node();

    /** The answer as it stands, or empty when the student has not chosen one yet. */
    Optional<Response> response();

    /** Puts the keyboard focus where typing or choosing starts. */
    void focus();

    /** Chooses option {@code index} (from 0), for 1–5. */
    default void choose(int index) {
    }

    /** Moves the choice or the focused row by {@code delta} (↑ −1, ↓ +1). */
    default void move(int delta) {
    }

    /** Moves the focused row itself by {@code delta} places (Alt+↑ −1, Alt+↓ +1). */
    default void moveRow(int delta) {
    }

    /** Whether the keys of {@link #moveRow} apply. */
    default boolean reorders() {
        return false;
    }

    /** Stops listening to the explorer state. */
    default void dispose() {
    }
}
