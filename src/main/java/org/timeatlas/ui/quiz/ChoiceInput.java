package org.timeatlas.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.ChoiceAnswer;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.quiz.Response;
import org.timeatlas.ui.WrappingText;

/**
 * A multiple-choice question: its options numbered 1–5, chosen by a click on the option, by its number or by
 * ↑/↓. Each option is a radio button beside its words; the words are a {@link WrappingText} (a wrapping label
 * repeats Devanagari across line breaks) and a click on them chooses the option too.
 */
final class ChoiceInput implements AnswerInput {

    private final VBox box = new VBox(4);
    private final ToggleGroup group = new ToggleGroup();
    private final List<RadioButton> options = new ArrayList<>();

    ChoiceInput(ChoiceAnswer answer, String language) {
        box.getStyleClass().add("quiz-choices");
        box.setId("quiz-choices");
        int number = 1;
        for (LocalizedText choice : answer.choices()) {
            RadioButton radio = new RadioButton();
            radio.setId("quiz-choice-radio-" + number);
            radio.setToggleGroup(group);
            radio.accessibleTextProperty().set(number + ". " + choice.get(language));
            WrappingText words = new WrappingText(number + ". " + choice.get(language), "quiz-choice-text");
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox option = new HBox(4, radio, words);
            option.setId("quiz-choice-" + number);
            option.getStyleClass().add("quiz-choice");
            option.setOnMouseClicked(click -> {
                radio.setSelected(true);
                radio.requestFocus();
            });
            options.add(radio);
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
