package org.timeatlas.ui.tours;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Tour;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.Windows;

/**
 * The tour editor, for a teacher: File → Make a tour… opens it; Ctrl+Shift+A (File → Add this view as a step, or
 * the editor's button) adds the current moment, map view and selection as a step while it is open. The draft is
 * kept between sessions; a step can be shown on the map or tried out as a tour from there; Save as new tour…
 * writes it into an atlas folder of the user's own ({@link TourSaving}).
 */
final class TourEditing {

    private final ExplorerContext context;
    private final ExplorerState state;
    private final Atlas atlas;
    private final StepFromView steps;
    private final TourSaving saving;
    private final BiConsumer<Tour, Integer> play;
    private final Windows.ToolWindowHandle editorWindow;
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final List<Subscription> parts = new ArrayList<>();
    /** Read from the settings when the editor is first opened, so a draft saved a moment ago is never revived. */
    private TourDraft draft;
    private TourEditorView editor;

    /** @param play plays a tour from a step (the draft, when the teacher tries it out) */
    TourEditing(ExplorerContext context, ToursFeature.FolderChooser folders, BiConsumer<Tour, Integer> play) {
        this.context = context;
        this.state = context.state();
        this.atlas = context.atlas();
        this.steps = new StepFromView(context);
        this.saving = new TourSaving(context, folders);
        this.play = play;
        editorWindow = context.windows().toolWindow("tour-editor", context.texts().text("tours.editor.heading"),
                this::createEditor);
        parts.add(context.commands().add(
                Command.of("file.tourEditor", "tours.editor.menu", editorWindow::show)
                        .menu(MenuPlace.of(Menus.FILE, 5, 0)),
                Command.of("file.tourAddStep", "tours.addStep", this::addStep)
                        .keys(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                        .enabledWhen(editing).menu(MenuPlace.of(Menus.FILE, 5, 1))));
        parts.add(editorWindow::close);
        parts.add(() -> {
            if (draft != null) {
                draft.dispose();
            }
        });
    }

    /** Removes the commands, closes the editor and lets go of the draft (which stays in the settings). */
    Subscription subscription() {
        return () -> parts.forEach(Subscription::unsubscribe);
    }

    private TourEditorView createEditor() {
        draft = new TourDraft(context.host().remembered(), atlas.info().id(), atlas.info().languages());
        editor = new TourEditorView(draft, atlas, state, context.texts(), context.host().atlasFolder().isPresent(),
                new TourEditorView.Actions() {
                    @Override
                    public void addStep() {
                        TourEditing.this.addStep();
                    }

                    @Override
                    public void show(int index) {
                        showStep(index);
                    }

                    @Override
                    public void tryFrom(int index) {
                        play.accept(draft.tour(draft.suggestedId()), index);
                    }

                    @Override
                    public void save() {
                        saving.save(draft, editor);
                    }
                });
        editor.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .subscribe(showing -> editing.set(Boolean.TRUE.equals(showing)));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.A && key.isShortcutDown() && key.isShiftDown()) {
                addStep();
                key.consume();
            }
        });
        return editor;
    }

    /** Adds the current moment, map view and selection as the draft's last step. */
    private void addStep() {
        if (editor == null) {
            return;
        }
        DraftStep step = steps.step(draft.languages());
        draft.steps().add(step);
        editor.selectLast();
        editor.setStatus(context.texts().get("tours.editor.added", draft.steps().size(),
                context.texts().current().moment(step.moment(), step.momentHasTime())));
    }

    /** Shows step {@code index} of the draft on the map without starting a tour. */
    private void showStep(int index) {
        if (index < 0 || index >= draft.steps().size()) {
            return;
        }
        DraftStep step = draft.steps().get(index);
        state.setPlaying(false);
        state.setMoment(step.moment());
        state.requestView(ViewRequest.box(step.view()));
        state.setHighlight(step.highlight());
    }
}
