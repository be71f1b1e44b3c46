package org.timeatlas.ui.tours;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Highlight;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.Tour;
import org.timeatlas.geo.MapProjection;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.TourPlayback;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.KeyScope;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;
import org.timeatlas.ui.feature.Windows;

/**
 * Guided tours in the window, for a student on their own, and the tour editor, for a teacher.
 *
 * <ul>
 * <li>Go → Tours… (T, and a toolbar button) lists the atlas's tours; Enter or a double click starts one.</li>
 * <li>The tour player beside the map shows the step; while a tour runs, Page Down / → and Page Up / ← go to the
 * next and previous step and Esc ends it (the "tour" key scope, above the window's and day-by-day mode's).</li>
 * <li>The tour and step are remembered, and which tours were finished; after a restart Go → Resume tour (and a
 * notice in the player) continues where the student left off.</li>
 * <li>File → Make a tour… opens the editor; Ctrl+Shift+A (File → Add this view as a step, or the editor's button)
 * adds the current moment, map view and selection as a step. The draft is kept between sessions; Save as new
 * tour… writes it into an atlas folder of the user's own and checks it with the loader.</li>
 * </ul>
 */
public final class ToursFeature implements ExplorerFeature {

    /** The feature's style sheet, added to its own views. */
    static final String CSS = "/org/timeatlas/ui/tours.css";
    /** The key scope of a running tour: above day-by-day mode (10), below full screen (30). */
    static final int SCOPE_PRIORITY = 20;

    /** Asks the user for a folder; empty when they cancel. */
    @FunctionalInterface
    public interface FolderChooser {
        Optional<Path> choose(Window owner, String title, Path initial);
    }

    private final FolderChooser folders;

    /** With the system's folder chooser. */
    public ToursFeature() {
        this(ToursFeature::chooseWithDialog);
    }

    /** With {@code folders} asking for the folder a tour is saved in (tests answer it themselves). */
    public ToursFeature(FolderChooser folders) {
        this.folders = folders;
    }

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        return new Installed(context, slots, folders).subscription();
    }

    /** The feature for one atlas: its views, commands and listeners. */
    private static final class Installed {
        private final ExplorerContext context;
        private final ExplorerState state;
        private final TourPlayback tours;
        private final Atlas atlas;
        private final FolderChooser folders;
        private final TourProgress progress;
        /** Read from the settings when the editor is first opened, so a draft saved a moment ago is never revived. */
        private TourDraft draft;
        private final ObjectBinding<TourPlayback.Position> leftOff;
        private final TourPlayerView player;
        private final Windows.ToolWindowHandle chooserWindow;
        private final Windows.ToolWindowHandle editorWindow;
        private final BooleanProperty editing = new SimpleBooleanProperty(false);
        private final List<Subscription> parts = new ArrayList<>();
        private TourEditorView editor;
        private TourChooserView chooser;
        private MapProjection projection;

        Installed(ExplorerContext context, Slots slots, FolderChooser folders) {
            this.context = context;
            this.state = context.state();
            this.tours = context.tours();
            this.atlas = context.atlas();
            this.folders = folders;
            this.progress = new TourProgress(context.host().remembered(), atlas.info().id());
            leftOff = Bindings.createObjectBinding(() -> progress.leftOff()
                    .flatMap(p -> tours.tour(p.tour()).map(tour -> new TourPlayback.Position(tour,
                            Math.max(0, Math.min(p.step(), tour.steps().size() - 1)))))
                    .orElse(null), progress.progressProperty());
            player = new TourPlayerView(tours, atlas, state, context.texts(), context.windows()::showDocument, leftOff,
                    this::resume, this::end);
            chooserWindow = context.windows().toolWindow("tours", context.texts().text("tours.chooser.title"),
                    () -> chooser = new TourChooserView(tours.tours(), state, context.texts(), progress::isFinished,
                            this::start));
            editorWindow = context.windows().toolWindow("tour-editor", context.texts().text("tours.editor.heading"),
                    this::createEditor);

            BooleanBinding running = Bindings.isNotNull(tours.positionProperty());
            BooleanBinding canResume = Bindings.isNotNull(leftOff).and(running.not());
            KeyScope scope = new KeyScope("tour", SCOPE_PRIORITY, running);
            parts.add(context.commands().add(
                    Command.of("go.tours", "tours.menu", this::choose).keys(key(KeyCode.T))
                            .icon("mdi2m-map-marker-path").toolbar(ToolbarPlace.of(ToolbarPlace.Group.MODES, 5))
                            .menu(MenuPlace.of(Menus.GO, 6, 0)),
                    Command.of("tour.resume", "tours.resumeMenu", this::resume).enabledWhen(canResume)
                            .menu(MenuPlace.of(Menus.GO, 6, 1)),
                    Command.of("tour.previous", "tours.previous", tours::previous)
                            .keys(key(KeyCode.PAGE_UP), key(KeyCode.LEFT)).scope(scope).enabledWhen(running)
                            .menu(MenuPlace.of(Menus.GO, 6, 2)),
                    Command.of("tour.next", "tours.next", this::next)
                            .keys(key(KeyCode.PAGE_DOWN), key(KeyCode.RIGHT)).scope(scope).enabledWhen(running)
                            .menu(MenuPlace.of(Menus.GO, 6, 3)),
                    Command.of("tour.end", "tours.end", this::end).keys(key(KeyCode.ESCAPE)).scope(scope)
                            .enabledWhen(running).menu(MenuPlace.of(Menus.GO, 6, 4)),
                    Command.of("file.tourEditor", "tours.editor.menu", this::openEditor)
                            .menu(MenuPlace.of(Menus.FILE, 5, 0)),
                    Command.of("file.tourAddStep", "tours.addStep", this::addStep)
                            .keys(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                            .enabledWhen(editing).menu(MenuPlace.of(Menus.FILE, 5, 1))));
            parts.add(slots.sidePanel("tour-player", player, -10, player.shownProperty()));
            parts.add(tours.positionProperty().subscribe(this::remember));
            parts.add(player::dispose);
            parts.add(chooserWindow::close);
            parts.add(editorWindow::close);
            parts.add(() -> {
                if (draft != null) {
                    draft.dispose();
                }
            });
        }

        Subscription subscription() {
            return () -> {
                parts.forEach(Subscription::unsubscribe);
                leftOff.dispose();
            };
        }

        private void choose() {
            chooserWindow.show();
            chooser.refresh(tours.position().map(TourPlayback.Position::tour).orElse(null));
        }

        private void start(Tour tour) {
            chooserWindow.close();
            player.dismissNotice();
            tours.start(tour, 0);
            context.windows().main().requestFocus();
        }

        private void resume() {
            TourPlayback.Position position = leftOff.get();
            if (position != null) {
                player.dismissNotice();
                tours.start(position.tour(), position.step());
            }
        }

        private void next() {
            if (!tours.next()) {
                end();
            }
        }

        /** Ends the tour; one ended at its last step leaves nothing to resume. */
        private void end() {
            tours.position().filter(p -> p.isLast() && isAtlasTour(p.tour())).ifPresent(p -> progress.clearLeftOff());
            tours.stop();
        }

        private void remember(TourPlayback.Position position) {
            if (position != null && isAtlasTour(position.tour())) {
                progress.at(position.tour().id(), position.step(), position.isLast());
            }
        }

        private boolean isAtlasTour(Tour tour) {
            return tours.tour(tour.id()).filter(tour::equals).isPresent();
        }

        // ---- the editor ----

        private void openEditor() {
            editorWindow.show();
        }

        private TourEditorView createEditor() {
            draft = new TourDraft(context.host().remembered(), atlas.info().id(), atlas.info().languages());
            editor = new TourEditorView(draft, atlas, state, context.texts(), context.host().atlasFolder().isPresent(),
                    new TourEditorView.Actions() {
                        @Override
                        public void addStep() {
                            Installed.this.addStep();
                        }

                        @Override
                        public void show(int index) {
                            showStep(index);
                        }

                        @Override
                        public void tryFrom(int index) {
                            player.dismissNotice();
                            tours.start(draft.tour(draft.suggestedId()), index);
                        }

                        @Override
                        public void save() {
                            Installed.this.save();
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
            LocalDateTime moment = state.moment();
            boolean hasTime = moment.getHour() != 0 || moment.getMinute() != 0;
            Bounds view = shownBox();
            draft.steps().add(new DraftStep(moment, hasTime, view, highlight(moment, view), draft.languages()));
            editor.selectLast();
            editor.setStatus(context.texts().get("tours.editor.added", draft.steps().size(),
                    context.texts().current().moment(moment, hasTime)));
        }

        /** What the map shows now as a lon/lat box (the home box before the map has reported a view). */
        private Bounds shownBox() {
            ViewRequest shown = state.shownViewProperty().get();
            if (shown == null || Double.isNaN(shown.metresPerPixel())) {
                return atlas.info().home();
            }
            if (projection == null) {
                projection = new MapProjection(atlas.info().projection());
            }
            double width = 800;
            double height = 600;
            Scene scene = context.windows().main().getScene();
            Node map = scene == null ? null : scene.lookup(".map-pane");
            if (map != null && map.getLayoutBounds().getWidth() > 0 && map.getLayoutBounds().getHeight() > 0) {
                width = map.getLayoutBounds().getWidth();
                height = map.getLayoutBounds().getHeight();
            }
            return ViewBox.of(shown, width, height, projection);
        }

        /**
         * The selection as the step's highlight, keeping only what the step can show (the loader's rule): the selected
         * event if it has begun and lies in the view, else the most important event shown around the moment that
         * does; the selected territory if it reaches into the view.
         */
        private Highlight highlight(LocalDateTime moment, Bounds view) {
            List<String> events = new ArrayList<>();
            Optional<Event> selected = Optional.ofNullable(state.selectedEventProperty().get()).flatMap(atlas::event)
                    .filter(event -> shows(event, moment, view));
            Optional<Event> picked = selected.or(() -> context.currentEvents().events().stream()
                    .filter(event -> shows(event, moment, view))
                    .filter(state.shownEventsProperty().get())
                    .max(Comparator.comparingInt(Event::importance).thenComparing(Event::start)));
            picked.ifPresent(event -> events.add(event.id()));
            List<String> territories = new ArrayList<>();
            Optional.ofNullable(state.selectedTerritoryProperty().get()).flatMap(atlas::territory)
                    .filter(territory -> reaches(territory, view)).ifPresent(territory -> territories.add(territory.id()));
            return new Highlight(territories, events, List.of());
        }

        private static boolean shows(Event event, LocalDateTime moment, Bounds view) {
            return !event.start().isAfter(moment) && (event.location() == null
                    || ViewBox.contains(view, event.location().lon(), event.location().lat()));
        }

        private static boolean reaches(Territory territory, Bounds view) {
            var envelope = territory.outline().getEnvelopeInternal();
            return ViewBox.overlaps(view, envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                    envelope.getMaxY());
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

        /** Asks for an atlas folder of the user's own and saves the draft there as a new tour. */
        private void save() {
            List<String> missing = draft.missing(language -> language, context.texts()::get);
            if (!missing.isEmpty() || editor == null) {
                return;
            }
            Path initial = context.host().atlasFolder().orElse(null);
            Window owner = editor.getScene() != null ? editor.getScene().getWindow() : context.windows().main();
            Optional<Path> chosen = folders.choose(owner, context.texts().get("tours.save.choose"), initial);
            if (chosen.isEmpty()) {
                return;
            }
            Path folder = chosen.get();
            Optional<String> refusal = TourSaver.refusal(folder, context.texts().current());
            if (refusal.isPresent()) {
                editor.setStatus(refusal.get());
                return;
            }
            Tour tour = draft.tour(TourSaver.freeId(folder, draft.suggestedId()));
            Task<Path> task = TourSaver.task(folder, tour, context.texts().current());
            TourEditorView shownEditor = editor;
            task.setOnSucceeded(done -> {
                shownEditor.setStatus((context.texts().get("tours.save.saved", task.getValue()) + "\n"
                        + task.getMessage()).strip());
                draft.clear();
                saved(folder, tour, task.getValue());
            });
            task.setOnFailed(failed -> shownEditor.setStatus(task.getException().getMessage()));
            editor.setStatus(context.texts().get("tours.save.saving", folder));
            context.host().jobs().run(task);
        }

        /** Tells the teacher where the tour went and how to play it (the open atlas reloads by itself). */
        private void saved(Path folder, Tour tour, Path file) {
            boolean open = context.host().atlasFolder().map(f -> sameFolder(f, folder)).orElse(false);
            Alert told = new Alert(Alert.AlertType.INFORMATION);
            told.initOwner(context.windows().main());
            told.setTitle(context.texts().get("tours.save.title"));
            told.setHeaderText(context.texts().get("tours.save.saved", file));
            told.setContentText(context.texts().get(open ? "tours.save.playHere" : "tours.save.playThere",
                    tour.title().get(state.language()), folder));
            told.getDialogPane().setId("tour-saved");
            told.show();
        }

        private static boolean sameFolder(Path a, Path b) {
            try {
                return Files.isSameFile(a, b);
            } catch (java.io.IOException notComparable) {
                return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
            }
        }

        private static KeyCodeCombination key(KeyCode code) {
            return new KeyCodeCombination(code);
        }
    }

    private static Optional<Path> chooseWithDialog(Window owner, String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File folder = chooser.showDialog(owner);
        return Optional.ofNullable(folder).map(File::toPath);
    }
}
