package org.timeatlas.ui.quiz;

import java.util.Random;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.ChoiceAnswer;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.QuestionKind;
import org.timeatlas.i18n.Messages;
import org.timeatlas.quiz.QuizSession;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * The quiz beside the map: the choice of a set, then one question at a time with the way to answer it, the
 * verdict with the explanation and sources, and the results. It shows {@link QuizRun} and is rebuilt whenever the
 * run moves on or the language changes; the quiz's keys reach it through the feature's commands.
 */
final class QuizPanel extends VBox {

    private static final String CSS = "/org/timeatlas/ui/quiz.css";
    private static final double COLUMN_SHARE = 0.55;

    private final QuizRun run;
    private final Atlas atlas;
    private final ExplorerState state;
    private final Texts texts;
    private final Consumer<String> openUrl;
    private final Label title = new Label();
    private final Label progress = new Label();
    private final VBox content = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(content);
    private final FlowPane actions = new FlowPane(6, 6);
    private final Random order = new Random();
    private final Subscription listening;
    private AnswerInput input;
    private SetChooser chooser;
    private Button primary;

    QuizPanel(QuizRun run, Atlas atlas, ExplorerState state, Texts texts, Consumer<String> openUrl) {
        super(6);
        this.run = run;
        this.atlas = atlas;
        this.state = state;
        this.texts = texts;
        this.openUrl = openUrl;
        getStylesheets().add(QuizPanel.class.getResource(CSS).toExternalForm());
        getStyleClass().add("quiz-panel");
        setId("quiz-panel");
        title.setId("quiz-title");
        title.getStyleClass().add("quiz-title");
        title.setWrapText(true);
        progress.setId("quiz-progress");
        progress.getStyleClass().add("quiz-progress");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button("✕");
        close.setId("quiz-close");
        close.getStyleClass().add("quiz-close");
        close.setOnAction(e -> run.close());
        // Esc closes from the keyboard; as a focus stop it would take Enter meant for the question
        close.setFocusTraversable(false);
        close.accessibleTextProperty().bind(texts.text("quiz.close"));
        HBox header = new HBox(6, title, gap, progress, close);
        header.getStyleClass().add("quiz-header");
        content.getStyleClass().add("quiz-content");
        content.setId("quiz-content");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("quiz-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        actions.getStyleClass().add("quiz-actions");
        getChildren().addAll(header, scroll, actions);
        listening = run.revisionProperty().subscribe(this::rebuild).and(state.languageProperty().subscribe(this::rebuild))
                .and(parentProperty().subscribe(parent -> claimColumnShare()))
                .and(sceneProperty().subscribe(scene -> claimColumnShare()));
    }

    /** Enter: the focused button or link of the panel if one has the focus, else the step the phase asks for. */
    void confirm() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        // a focused option (a toggle) is chosen already: Enter answers with it
        if (focused instanceof ButtonBase button && !(focused instanceof javafx.scene.control.Toggle) && isInside(focused)) {
            button.fire();
            return;
        }
        if (primary != null && !primary.isDisabled()) {
            primary.fire();
        }
    }

    void choose(int index) {
        if (input != null && run.phase() == QuizRun.Phase.ASKING) {
            input.choose(index);
        }
    }

    void move(int delta) {
        if (run.phase() == QuizRun.Phase.CHOOSING && chooser != null) {
            chooser.move(delta);
        } else if (input != null && run.phase() == QuizRun.Phase.ASKING) {
            input.move(delta);
        }
    }

    void moveRow(int delta) {
        if (input != null && run.phase() == QuizRun.Phase.ASKING) {
            input.moveRow(delta);
        }
    }

    /** The way the question asked is answered, for tests. */
    AnswerInput input() {
        return input;
    }

    void dispose() {
        listening.unsubscribe();
        minHeightProperty().unbind();
        if (input != null) {
            input.dispose();
        }
    }

    /**
     * Takes at least {@value #COLUMN_SHARE} of the side column's height while shown: a question, its answer and its
     * sources need room that an even share among four panels does not give. The column is the split pane the
     * panel sits in.
     */
    private void claimColumnShare() {
        minHeightProperty().unbind();
        for (Node at = getParent(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.SplitPane column) {
                minHeightProperty().bind(column.heightProperty().multiply(COLUMN_SHARE));
                return;
            }
        }
        setMinHeight(0);
    }

    private boolean isInside(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == this) {
                return true;
            }
        }
        return false;
    }

    private void rebuild() {
        Messages messages = texts.current();
        if (input != null && run.phase() != QuizRun.Phase.ANSWERED) {
            input.dispose();
            input = null;
        }
        chooser = null;
        primary = null;
        content.getChildren().clear();
        actions.getChildren().clear();
        if (run.phase() != QuizRun.Phase.ANSWERED) {
            scroll.setVvalue(0); // a new question, the sets or the results are read from their top
        }
        switch (run.phase()) {
            case CHOOSING -> showChooser(messages);
            case ASKING, ANSWERED -> showQuestion(messages);
            case FINISHED -> showResult(messages);
        }
    }

    private void showChooser(Messages messages) {
        title.setText(messages.get("quiz.title"));
        progress.setText("");
        var sets = run.offered();
        if (sets.isEmpty()) {
            content.getChildren().add(new WrappingText(messages.get("quiz.none"), "quiz-hint"));
            return;
        }
        chooser = new SetChooser(sets, run.history(), messages, run::start);
        content.getChildren().add(chooser);
        primary = button("quiz-start", messages.get("quiz.start"), () -> {
            if (chooser.chosen() != null) {
                run.start(chooser.chosen());
            }
        });
        actions.getChildren().add(primary);
        focusLater(chooser::focusList);
    }

    private void showQuestion(Messages messages) {
        QuizSession session = run.session().orElseThrow();
        Question question = run.question().orElseThrow();
        String language = messages.language();
        title.setText(run.set().map(set -> SetNames.name(set, messages)).orElse(messages.get("quiz.title")));
        progress.setText(messages.get("quiz.progress", session.position() + 1, session.size()));
        if (question.generated()) {
            Label generated = new Label(messages.get("quiz.generated"));
            generated.setId("quiz-generated");
            generated.getStyleClass().add("quiz-generated");
            content.getChildren().add(generated);
        }
        WrappingText asked = new WrappingText(question.question().get(language), "quiz-question");
        asked.setId("quiz-question");
        content.getChildren().add(asked);
        boolean answered = run.phase() == QuizRun.Phase.ANSWERED;
        if (input == null || !answered) {
            input = inputFor(question, language);
        }
        Node inputNode = input.node();
        inputNode.setDisable(answered);
        if (answered) {
            // the verdict right under the question, where the eye is; the answer given stays below it
            run.verdict().ifPresent(verdict -> content.getChildren().add(
                    new FeedbackView(verdict, atlas, messages, openUrl)));
        }
        content.getChildren().add(inputNode);
        if (answered) {
            boolean last = session.position() + 1 >= session.size();
            primary = button("quiz-next", messages.get(last ? "quiz.results" : "quiz.next"), run::next);
            actions.getChildren().add(primary);
            focusLater(primary::requestFocus);
        } else {
            primary = button("quiz-answer", messages.get(answerKey(question.kind())), () ->
                    input.response().ifPresent(run::answer));
            Button skip = button("quiz-skip", messages.get("quiz.skip"), run::next);
            skip.getStyleClass().add("quiz-secondary");
            actions.getChildren().addAll(primary, skip);
            AnswerInput asking = input;
            focusLater(asking::focus);
        }
    }

    private void showResult(Messages messages) {
        QuizSession session = run.session().orElseThrow();
        title.setText(messages.get("quiz.result.title"));
        progress.setText("");
        content.getChildren().add(new ResultView(session, run.history(), atlas, messages));
        Button again = button("quiz-other-set", messages.get("quiz.otherSet"), run::openChooser);
        if (!session.mistakes().isEmpty()) {
            primary = button("quiz-review", messages.get("quiz.review"), run::reviewMistakes);
            actions.getChildren().add(primary);
            again.getStyleClass().add("quiz-secondary");
        } else {
            primary = again;
        }
        actions.getChildren().add(again);
        Button close = button("quiz-done", messages.get("quiz.close"), run::close);
        close.getStyleClass().add("quiz-secondary");
        actions.getChildren().add(close);
        focusLater(primary::requestFocus);
    }

    private AnswerInput inputFor(Question question, String language) {
        return switch (question.kind()) {
            case CHOICE -> new ChoiceInput((ChoiceAnswer) question.answer(), language);
            case TERRITORY -> new TerritoryInput(atlas, texts, language, () -> {
                if (run.asking(QuestionKind.TERRITORY)) {
                    input.response().ifPresent(run::answer);
                }
            });
            case DATE -> new DateInput(state, texts);
            case ORDER -> new OrderInput(atlas, QuizSession.shownOrder((OrderAnswer) question.answer(), order),
                    texts, language);
        };
    }

    private static String answerKey(QuestionKind kind) {
        return switch (kind) {
            case CHOICE, TERRITORY -> "quiz.answer";
            case DATE -> "quiz.date.this";
            case ORDER -> "quiz.order.check";
        };
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("quiz-button");
        button.setOnAction(e -> action.run());
        return button;
    }

    private void focusLater(Runnable focus) {
        javafx.application.Platform.runLater(() -> {
            if (getScene() != null && isVisible()) {
                focus.run();
            }
        });
    }
}
