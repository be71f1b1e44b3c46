package org.timeatlas.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.ChoiceAnswer;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.quiz.Response;

/** A multiple-choice question: its options numbered 1–5, chosen by click, by number or by ↑/↓. */
final class ChoiceInput implements AnswerInput {

    private final VBox box = new VBox(4);
    private final ToggleGroup group = new ToggleGroup();
    private final List<RadioButton> options = new ArrayList<>();

    ChoiceInput(ChoiceAnswer answer, String language) {
        box.getStyleClass().add("quiz-choices");
        box.setId("quiz-choices");
        int number = 1;
        for (LocalizedText choice : answer.choices()) {
            RadioButton option = new RadioButton(number + ". " + choice.get(language));
            option.setId("quiz-choice-" + number);
            option.setToggleGroup(group);
            option.setWrapText(true);
            option.setMaxWidth(Double.MAX_VALUE);
            option.getStyleClass().add("quiz-choice");
            options.add(option);
            box.getChildren().add(option);
            number++;
        }
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Optional<Response> response() {
        int chosen = options.indexOf((RadioButton) group.getSelectedToggle());
        return chosen < 0 ? Optional.empty() : Optional.of(new Response.Choice(chosen));
    }

    @Override
    public void focus() {
        options.get(0).requestFocus();
    }

    @Override
    public void choose(int index) {
        if (index >= 0 && index < options.size()) {
            options.get(index).setSelected(true);
            options.get(index).requestFocus();
        }
    }

    @Override
    public void move(int delta) {
        int chosen = options.indexOf((RadioButton) group.getSelectedToggle());
        choose(chosen < 0 ? (delta > 0 ? 0 : options.size() - 1) : Math.floorMod(chosen + delta, options.size()));
    }
}
