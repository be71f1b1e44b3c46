package org.timeatlas.ui.quiz;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.timeatlas.quiz.Response;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * A "set the date" question: the student moves the timeline (drags the playhead, or uses the keys that move
 * time) and confirms with "This date"; the panel shows the date set so far. The answer is the explorer's moment.
 */
final class DateInput implements AnswerInput {

    private final VBox box = new VBox(4);
    private final ExplorerState state;
    private final WrappingText chosen = new WrappingText("", "quiz-date-set");
    private final javafx.beans.binding.StringBinding chosenText;

    DateInput(ExplorerState state, Texts texts) {
        this.state = state;
        box.getStyleClass().add("quiz-date");
        box.setId("quiz-date");
        box.setFocusTraversable(true);
        WrappingText how = new WrappingText(texts.get("quiz.date.how"), "quiz-hint");
        chosen.setId("quiz-date-set");
        chosenText = texts.computed(m -> m.get("quiz.date.set", m.moment(state.moment(), false)), state.momentProperty());
        chosenText.subscribe(chosen::setText);
        box.getChildren().addAll(how, chosen);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Optional<Response> response() {
        return Optional.of(new Response.Date(state.moment()));
    }

    @Override
    public void focus() {
        // the keys that move time work wherever the focus is, outside a text field
        box.requestFocus();
    }

    @Override
    public void dispose() {
        chosenText.dispose();
    }
}
