package org.timeatlas.ui.quiz;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.timeatlas.i18n.Messages;
import org.timeatlas.quiz.QuestionSet;
import org.timeatlas.quiz.QuizHistory;
import org.timeatlas.ui.WrappingText;

/**
 * The choice of a question set: all questions, an era's, a tour's, generated ones, the mistakes to review, each
 * with the score its questions had when last answered. ↑/↓ and Enter, or a double click, start one.
 */
final class SetChooser extends VBox {

    private final ListView<QuestionSet> list = new ListView<>();

    SetChooser(List<QuestionSet> sets, QuizHistory history, Messages messages, Consumer<QuestionSet> start) {
        super(6);
        getStyleClass().add("quiz-chooser");
        setId("quiz-chooser");
        list.setId("quiz-sets");
        list.getItems().setAll(sets);
        list.setMinHeight(120);
        list.setPrefHeight(Math.min(sets.size(), 8) * 44.0 + 4);
        list.setCellFactory(view -> new ListCell<>() {
            private final WrappingText name = new WrappingText("", "quiz-set-name");
            private final Label score = new Label();
            private final VBox box = new VBox(1, name, score);

            {
                score.getStyleClass().add("quiz-set-score");
                name.maxWidthProperty().bind(list.widthProperty().subtract(30));
            }

            @Override
            protected void updateItem(QuestionSet set, boolean empty) {
                super.updateItem(set, empty);
                setText(null);
                if (empty || set == null) {
                    setGraphic(null);
                } else {
                    name.setText(SetNames.name(set, messages));
                    score.setText(SetNames.remembered(set, history, messages));
                    score.setManaged(!score.getText().isEmpty());
                    setGraphic(box);
                }
            }
        });
        list.getSelectionModel().selectFirst();
        list.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2 && chosen() != null) {
                start.accept(chosen());
            }
        });
        getChildren().addAll(new WrappingText(messages.get("quiz.choose"), "quiz-hint"), list);
    }

    QuestionSet chosen() {
        return list.getSelectionModel().getSelectedItem();
    }

    void move(int delta) {
        int at = list.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(list.getItems().size() - 1, at + delta));
        list.getSelectionModel().select(next);
        list.scrollTo(next);
    }

    void focusList() {
        list.requestFocus();
    }
}
