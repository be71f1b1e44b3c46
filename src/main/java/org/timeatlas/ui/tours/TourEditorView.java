package org.timeatlas.ui.tours;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.TourLevel;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * The tour editor, for a teacher who writes no JSON: the tour's title and description in each atlas language, its
 * level and minutes; the steps in order (add the explorer's current view as a step, move a step up or down with the
 * buttons or Alt+↑/↓, delete it with the button or Delete, show it on the map); the selected step's caption and
 * speaker notes in each language. Below, what is still missing before the tour can be saved, "Try the tour" and
 * "Save as new tour…". Everything typed goes into the draft, which is kept between sessions.
 */
final class TourEditorView extends BorderPane implements AutoCloseable {

    /** What the editor asks of the feature around it. */
    interface Actions {
        /** Adds the explorer's current moment, view and selection as a step after the last. */
        void addStep();

        /** Shows step {@code index} (from 0) of the draft on the map. */
        void show(int index);

        /** Plays the draft from step {@code index}. */
        void tryFrom(int index);

        /** Asks for a folder and saves the draft there as a new tour. */
        void save();
    }

    private final TourDraft draft;
    private final ExplorerState state;
    private final Texts texts;
    private final Atlas atlas;
    private final ListView<DraftStep> stepList;
    private final VBox stepEditor = new VBox();
    private final WrappingText missing = new WrappingText("", "tour-editor-missing-text");
    private final WrappingText status = new WrappingText("", "tour-editor-status-text");
    private final Button save;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private DraftStep edited;
    /** Undoes the bindings of the step being edited (its caption and notes areas). */
    private final List<Runnable> unbindEdited = new ArrayList<>();
    /** Undoes the bindings of the tour's own fields, when the editor goes. */
    private final List<Runnable> unbindAlways = new ArrayList<>();

    /**
     * @param ownFolder whether the atlas shown is in a folder of the user's own (else the embedded one: the editor
     *                  explains that saving asks for a folder with a copy of the atlas)
     */
    TourEditorView(TourDraft draft, Atlas atlas, ExplorerState state, Texts texts, boolean ownFolder, Actions actions) {
        this.draft = draft;
        this.atlas = atlas;
        this.state = state;
        this.texts = texts;
        setId("tour-editor");
        getStyleClass().add("tour-editor");
        getStylesheets().add(TourEditorView.class.getResource(ToursFeature.CSS).toExternalForm());

        GridPane about = new GridPane();
        about.getStyleClass().add("tour-editor-about");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        about.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        for (String language : draft.languages()) {
            TextField title = new TextField();
            title.setId("tour-editor-title-" + language);
            title.textProperty().bindBidirectional(draft.title(language));
            unbindAlways.add(() -> title.textProperty().unbindBidirectional(draft.title(language)));
            about.addRow(row++, label("tours.editor.title", language), title);
        }
        for (String language : draft.languages()) {
            TextArea description = area("tour-editor-description-" + language, draft.description(language), 2,
                    unbindAlways);
            about.addRow(row++, label("tours.editor.description", language), description);
        }
        ComboBox<TourLevel> level = new ComboBox<>(FXCollections.observableArrayList(TourLevel.values()));
        level.setId("tour-editor-level");
        level.valueProperty().bindBidirectional(draft.levelProperty());
        unbindAlways.add(() -> level.valueProperty().unbindBidirectional(draft.levelProperty()));
        level.setCellFactory(list -> new LevelCell());
        level.setButtonCell(new LevelCell());
        Spinner<Integer> minutes = new Spinner<>(1, 600, draft.minutesProperty().get());
        minutes.setId("tour-editor-minutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(90);
        minutes.valueProperty().addListener((obs, old, now) -> draft.minutesProperty().set(now));
        Label minutesLabel = new Label();
        minutesLabel.textProperty().bind(texts.text("tours.editor.minutes"));
        HBox levelRow = new HBox(level, minutesLabel, minutes);
        levelRow.getStyleClass().add("tour-editor-row");
        about.addRow(row, plainLabel("tours.editor.level"), levelRow);

        stepList = new ListView<>(draft.steps());
        stepList.setId("tour-editor-steps");
        stepList.setCellFactory(list -> new StepCell());
        stepList.setPrefWidth(300);
        stepList.setMinWidth(200);
        stepList.getSelectionModel().selectedItemProperty().subscribe(this::edit);
        Button add = button("tour-editor-add", "tours.addStep", actions::addStep);
        Button up = button("tour-editor-up", "tours.editor.up", () -> move(-1));
        Button down = button("tour-editor-down", "tours.editor.down", () -> move(1));
        Button delete = button("tour-editor-delete", "tours.editor.delete", this::deleteSelected);
        Button show = button("tour-editor-show", "tours.editor.show",
                () -> actions.show(stepList.getSelectionModel().getSelectedIndex()));
        var noneSelected = stepList.getSelectionModel().selectedItemProperty().isNull();
        up.disableProperty().bind(noneSelected);
        down.disableProperty().bind(noneSelected);
        delete.disableProperty().bind(noneSelected);
        show.disableProperty().bind(noneSelected);
        FlowPane stepButtons = new FlowPane(add, up, down, delete, show);
        stepButtons.getStyleClass().add("tour-editor-buttons");
        VBox.setVgrow(stepList, Priority.ALWAYS);
        // wrapped, not cut (in Hindi it ended "… चुना हुआ च…" in a 1024×768 window), by words so that Hindi wraps
        WrappingText stepsHeading = new WrappingText("", "tour-editor-label");
        stepsHeading.setId("tour-editor-steps-heading");
        subscriptions.add(texts.text("tours.editor.steps").subscribe(stepsHeading::setText));
        VBox stepsColumn = new VBox(stepsHeading, stepList, stepButtons);
        stepsColumn.getStyleClass().add("tour-editor-steps-column");

        stepEditor.getStyleClass().add("tour-editor-step");
        ScrollPane stepScroller = new ScrollPane(stepEditor);
        stepScroller.setFitToWidth(true);
        stepScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        HBox.setHgrow(stepScroller, Priority.ALWAYS);
        HBox steps = new HBox(stepsColumn, stepScroller);
        steps.getStyleClass().add("tour-editor-steps-area");
        VBox.setVgrow(steps, Priority.ALWAYS);

        Button tryIt = button("tour-editor-try", "tours.editor.try", () -> actions.tryFrom(
                Math.max(0, stepList.getSelectionModel().getSelectedIndex())));
        tryIt.disableProperty().bind(Bindings.isEmpty(draft.steps()));
        save = button("tour-editor-save", "tours.editor.save", actions::save);
        Button discard = button("tour-editor-discard", "tours.editor.discard", draft::clear);
        FlowPane saveButtons = new FlowPane(tryIt, save, discard);
        saveButtons.getStyleClass().add("tour-editor-buttons");
        missing.setId("tour-editor-missing");
        status.setId("tour-editor-status");
        VBox foot = new VBox(missing, status, saveButtons);
        foot.getStyleClass().add("tour-editor-foot");
        if (!ownFolder) {
            WrappingText embedded = new WrappingText(texts.get("tours.editor.embedded"), "tour-editor-embedded-text");
            embedded.setId("tour-editor-embedded");
            foot.getChildren().add(0, embedded);
            subscriptions.add(state.languageProperty().subscribe(
                    language -> embedded.setText(texts.get("tours.editor.embedded"))));
        }

        VBox top = new VBox(about);
        top.getStyleClass().add("tour-editor-top");
        setTop(top);
        setCenter(steps);
        setBottom(foot);
        setPadding(new Insets(0));

        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        ListChangeListener<DraftStep> changed = change -> refreshMissing();
        draft.steps().addListener(changed);
        subscriptions.add(() -> draft.steps().removeListener(changed));
        for (String language : draft.languages()) {
            subscriptions.add(draft.title(language).subscribe(this::refreshMissing));
            subscriptions.add(draft.description(language).subscribe(this::refreshMissing));
        }
        subscriptions.add(state.languageProperty().subscribe(language -> {
            stepList.refresh();
            refreshMissing();
        }));
        subscriptions.add(draft.minutesProperty().subscribe(now -> minutes.getValueFactory().setValue(now.intValue())));
        if (!draft.steps().isEmpty()) {
            stepList.getSelectionModel().selectLast();
        }
    }

    /** Selects the last step (after one was added) and scrolls to it. */
    void selectLast() {
        stepList.getSelectionModel().selectLast();
        stepList.scrollTo(draft.steps().size() - 1);
    }

    /** Says what happened (saved, refused), in the status line. */
    void setStatus(String text) {
        status.setText(text);
    }

    /** The step list, for tests and focus. */
    ListView<DraftStep> stepList() {
        return stepList;
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::unsubscribe);
        unbindEdited.forEach(Runnable::run);
        unbindAlways.forEach(Runnable::run);
    }

    private void keys(KeyEvent key) {
        if (key.isAltDown() && (key.getCode() == KeyCode.UP || key.getCode() == KeyCode.DOWN)) {
            move(key.getCode() == KeyCode.UP ? -1 : 1);
            key.consume();
        } else if (key.getCode() == KeyCode.DELETE && key.getTarget() == stepList) {
            deleteSelected();
            key.consume();
        }
    }

    private void move(int offset) {
        int index = stepList.getSelectionModel().getSelectedIndex();
        if (draft.move(index, offset)) {
            stepList.getSelectionModel().clearAndSelect(index + offset);
            stepList.requestFocus();
        }
    }

    private void deleteSelected() {
        int index = stepList.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            draft.steps().remove(index);
            if (!draft.steps().isEmpty()) {
                stepList.getSelectionModel().clearAndSelect(Math.min(index, draft.steps().size() - 1));
            }
        }
    }

    private void refreshMissing() {
        Function<String, String> languageName = this::languageName;
        List<String> needed = draft.missing(languageName, texts::get);
        save.setDisable(!needed.isEmpty());
        missing.setText(needed.isEmpty() ? texts.get("tours.editor.ready", draft.steps().size())
                : String.join("\n", needed.subList(0, Math.min(4, needed.size())))
                + (needed.size() > 4 ? "\n" + texts.get("tours.editor.more", needed.size() - 4) : ""));
        missing.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("ready"), needed.isEmpty());
    }

    /** Shows {@code step}'s moment, highlight, captions and notes for editing. */
    private void edit(DraftStep step) {
        unbindEdited.forEach(Runnable::run);
        unbindEdited.clear();
        edited = step;
        stepEditor.getChildren().clear();
        if (step == null) {
            stepEditor.getChildren().add(new WrappingText(texts.get("tours.editor.noStep"), "tour-editor-hint"));
            return;
        }
        String when = texts.current().moment(step.moment(), step.momentHasTime());
        List<String> picked = new ArrayList<>();
        step.highlight().eventIds().forEach(id -> atlas.event(id)
                .ifPresent(event -> picked.add(event.title().get(state.language()))));
        step.highlight().territoryIds().forEach(id -> atlas.territory(id)
                .ifPresent(territory -> picked.add(territory.name().get(state.language()))));
        WrappingText whenText = new WrappingText(when, "tour-editor-when");
        whenText.setId("tour-editor-when");
        stepEditor.getChildren().addAll(whenText, new WrappingText(picked.isEmpty()
                ? texts.get("tours.editor.nothingPicked") : texts.get("tours.editor.picked", String.join("; ", picked)),
                "tour-editor-picked"));
        for (String language : draft.languages()) {
            stepEditor.getChildren().addAll(label("tours.editor.caption", language),
                    area("tour-editor-caption-" + language, step.caption(language), 3, unbindEdited));
        }
        for (String language : draft.languages()) {
            stepEditor.getChildren().addAll(label("tours.editor.notes", language),
                    area("tour-editor-notes-" + language, step.notes(language), 2, unbindEdited));
        }
        refreshMissing();
    }

    /** A text area bound both ways to {@code text}; {@code unbinds} gets what undoes the binding. */
    private TextArea area(String id, StringProperty text, int rows, List<Runnable> unbinds) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(text);
        area.textProperty().addListener((obs, old, now) -> {
            if (edited != null) {
                refreshMissing();
            }
        });
        unbinds.add(() -> area.textProperty().unbindBidirectional(text));
        // Tab moves on to the next field, as in the single-line fields (a teacher goes caption to caption by keys)
        area.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.TAB && !key.isControlDown()) {
                key.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, key.isShiftDown(), true,
                        false, false));
            }
        });
        return area;
    }

    private Label label(String key, String language) {
        Label label = new Label();
        label.textProperty().bind(texts.computed(m -> m.get(key, languageName(language))));
        label.getStyleClass().add("tour-editor-label");
        return label;
    }

    private Label plainLabel(String key) {
        Label label = new Label();
        label.textProperty().bind(texts.text(key));
        label.getStyleClass().add("tour-editor-label");
        return label;
    }

    private String languageName(String language) {
        String key = "language.name." + language;
        return texts.current().has(key) ? texts.get(key) : language;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(texts.text(key));
        button.setOnAction(event -> action.run());
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    /** A step's row: number, date, and the start of its caption in the current language (or that it has none). */
    private final class StepCell extends ListCell<DraftStep> {
        @Override
        protected void updateItem(DraftStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setText(null);
                return;
            }
            String caption = step.caption(state.language()).get().strip();
            String when = texts.current().moment(step.moment(), step.momentHasTime());
            setText((getIndex() + 1) + ". " + when + "\n" + (caption.isEmpty() ? texts.get("tours.editor.noCaption")
                    : caption.length() > 60 ? caption.substring(0, 60) + "…" : caption));
        }
    }

    private final class LevelCell extends ListCell<TourLevel> {
        @Override
        protected void updateItem(TourLevel level, boolean empty) {
            super.updateItem(level, empty);
            setText(empty || level == null ? null : texts.get(level == TourLevel.INTRODUCTORY
                    ? "tours.level.introductory" : "tours.level.detailed"));
        }
    }
}
