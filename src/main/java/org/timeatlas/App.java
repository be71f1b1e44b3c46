package org.timeatlas;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;
import org.timeatlas.atlas.io.Problem;
import org.timeatlas.i18n.Messages;
import org.timeatlas.time.DayHoldings;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.FocusMode;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.map.MapPane;
import org.timeatlas.ui.panels.DayCardView;
import org.timeatlas.ui.panels.DetailsPanel;
import org.timeatlas.ui.panels.EventListPanel;
import org.timeatlas.ui.panels.GazetteerView;
import org.timeatlas.ui.panels.GlossaryView;
import org.timeatlas.ui.panels.ToolWindow;
import org.timeatlas.ui.shell.AppMenus;
import org.timeatlas.ui.shell.Dialogs;
import org.timeatlas.ui.shell.ExplorerToolBar;
import org.timeatlas.ui.shell.FirstFrame;
import org.timeatlas.ui.shell.KeyBindings;
import org.timeatlas.ui.shell.MainWindow;
import org.timeatlas.ui.shell.Navigator;
import org.timeatlas.ui.shell.Player;
import org.timeatlas.ui.shell.ShellActions;
import org.timeatlas.ui.shell.Shortcut;
import org.timeatlas.ui.shell.Snapshots;
import org.timeatlas.ui.shell.StartupShell;
import org.timeatlas.ui.timeline.TimelineView;

/** The JavaFX application: the one place that creates and wires the explorer's objects. */
public final class App extends Application {

    static final List<String> STYLESHEETS = List.of("/org/timeatlas/ui/app.css", "/org/timeatlas/ui/map.css",
            "/org/timeatlas/ui/timeline.css", "/org/timeatlas/ui/war.css");

    private Stage stage;
    private Scene scene;
    private Explorer explorer;

    @Override
    public void start(Stage primaryStage) {
        open(primaryStage, LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new)));
    }

    /** Builds the explorer in {@code primaryStage} as the options say; tests call this directly. */
    void open(Stage primaryStage, LaunchOptions options) {
        open(primaryStage, options, () -> requestedAtlas(options));
    }

    /**
     * Opens the window at once with a light shell saying the atlas is opening, and builds the explorer in it
     * once that first frame is on the screen: a window answers the click in about the time an empty one
     * takes. The atlas loads on another thread meanwhile, started only once the window is up because on two
     * cores it would otherwise slow the toolkit's own start. A snapshot is taken of the finished explorer,
     * without the shell.
     */
    void openShellFirst(Stage primaryStage, LaunchOptions options) {
        if (options.snapshot() != null) {
            open(primaryStage, options);
            return;
        }
        Messages messages = new Messages(options.language());
        Scene shell = new Scene(new StartupShell(messages).root(), options.width(), options.height());
        primaryStage.titleProperty().unbind();
        primaryStage.setTitle(messages.get("app.title"));
        primaryStage.setScene(shell);
        primaryStage.show();
        CompletableFuture<LoadResult> loading = CompletableFuture.supplyAsync(() -> requestedAtlas(options));
        FirstFrame.then(shell, () -> open(primaryStage, options, loading::join));
    }

    /** The atlas the options ask for: the one given with --atlas, else the embedded one. */
    static LoadResult requestedAtlas(LaunchOptions options) {
        return options.atlas() != null ? AtlasLoader.load(options.atlas()) : AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED);
    }

    /**
     * Builds the explorer with the requested atlas from {@code requested}, which the launcher loads on another
     * thread while the toolkit starts.
     */
    void open(Stage primaryStage, LaunchOptions options, Supplier<LoadResult> requested) {
        this.stage = primaryStage;
        List<Problem> problems = new ArrayList<>();
        String problemAtlas = null;
        Atlas atlas = null;
        LoadResult first = requested.get();
        if (options.atlas() == null && first.valid()) {
            atlas = first.atlas().orElseThrow();
        }
        if (options.atlas() != null) {
            LoadResult chosen = first;
            if (chosen.valid()) {
                atlas = chosen.atlas().orElseThrow();
            } else {
                problems.addAll(chosen.problems());
                problemAtlas = options.atlas().toString();
                chosen.problems().forEach(System.err::println);
            }
        }
        if (atlas == null) {
            LoadResult embedded = options.atlas() == null ? first : AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED);
            if (!embedded.valid()) {
                refuseBrokenEmbeddedAtlas(embedded.problems(), options);
                return;
            }
            atlas = embedded.atlas().orElseThrow();
        }
        LocalDateTime moment = options.date() != null ? options.date() : atlas.info().defaultMoment();
        if (options.date() != null && !atlas.info().covers(options.date())) {
            System.err.println("time-atlas: --date " + options.date() + " lies outside the atlas span; showing the nearest day");
        }
        explorer = new Explorer(atlas, moment, options.language());
        scene = new Scene(explorer.root, options.width(), options.height());
        STYLESHEETS.forEach(sheet -> scene.getStylesheets().add(App.class.getResource(sheet).toExternalForm()));
        explorer.keys.install(scene, explorer.map);
        stage.setScene(scene);
        // Arrow keys step time unless the map has focus, so the timeline takes it first.
        Platform.runLater(explorer.timeline::requestFocus);
        stage.titleProperty().bind(explorer.texts.text("app.title"));
        if (options.snapshot() != null) {
            snapshotAndExit(options.snapshot());
            return;
        }
        stage.show();
        explorer.map.requestLayout();
        if (!problems.isEmpty()) {
            explorer.dialogs.problems(problemAtlas, problems);
        }
    }

    /** Only a damaged installation gets here: say what is wrong, in plain lines, and stop without a trace. */
    private void refuseBrokenEmbeddedAtlas(List<Problem> problems, LaunchOptions options) {
        problems.forEach(System.err::println);
        Messages messages = new Messages(options.language());
        String header = messages.get("problems.embedded", problems.size());
        System.err.println("time-atlas: " + header);
        if (options.snapshot() == null) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    String.join("\n", problems.stream().limit(20).map(Problem::toString).toList()),
                    javafx.scene.control.ButtonType.CLOSE);
            alert.setHeaderText(header);
            alert.setTitle(messages.get("problems.title"));
            alert.showAndWait();
        }
        Platform.exit();
        System.exit(1);
    }

    private void snapshotAndExit(Path file) {
        // Let two pulses pass so layout, CSS and the canvases have settled before the picture is taken.
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(e -> {
            int exit = 0;
            try {
                Snapshots.write(scene, file);
                System.out.println("wrote " + file);
            } catch (IOException failed) {
                System.err.println("time-atlas: cannot write snapshot " + file + ": " + failed.getMessage());
                exit = 1;
            }
            Platform.exit();
            System.exit(exit);
        });
        settle.play();
    }

    /** The window title now shown, for tests. */
    String stageTitle() {
        return stage.getTitle();
    }

    /** Whether the explorer has been built (after the start-up shell, if one was shown). */
    boolean built() {
        return explorer != null;
    }

    /** The state of the explorer now shown, for tests. */
    ExplorerState state() {
        return explorer.state;
    }

    private void openInBrowser(String url) {
        try {
            getHostServices().showDocument(url);
        } catch (RuntimeException notLaunched) {
            System.err.println("time-atlas: cannot open a browser for " + url);
        }
    }

    private void openAtlas() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(explorer.texts.get("menu.file.open"));
        File folder = chooser.showDialog(stage);
        if (folder == null) {
            return;
        }
        LoadResult result = AtlasLoader.load(folder.toPath());
        if (!result.valid()) {
            explorer.dialogs.problems(folder.toString(), result.problems());
            return;
        }
        Atlas atlas = result.atlas().orElseThrow();
        String language = explorer.state.language();
        explorer.dispose();
        explorer.keys.uninstall(scene);
        explorer = new Explorer(atlas, atlas.info().defaultMoment(), language);
        scene.setRoot(explorer.root);
        explorer.keys.install(scene, explorer.map);
        explorer.timeline.requestFocus();
        stage.titleProperty().bind(explorer.texts.text("app.title"));
    }

    /** Everything made for one atlas; replaced whole when another atlas is opened. */
    private final class Explorer {
        final ExplorerState state;
        final Texts texts;
        final MapPane map;
        final TimelineView timeline;
        final KeyBindings keys;
        final Dialogs dialogs;
        final Parent root;
        final ToolWindow glossary;
        final ToolWindow places;
        private final Player player;

        Explorer(Atlas atlas, LocalDateTime moment, String language) {
            state = new ExplorerState(atlas.info().start(), atlas.info().end(), moment, language);
            // made before the views, so its rules (leave focus mode outside a period) run before they look
            FocusMode focus = new FocusMode(state, atlas.info().focusPeriods());
            focus.enterIfInside(state.moment());
            texts = new Texts(state);
            StateIndex index = new StateIndex(atlas);
            TimeAxis axis = new TimeAxis(atlas.info().axis());
            CurrentEvents currentEvents = new CurrentEvents(index, axis, state);
            map = new MapPane(atlas, index, state, currentEvents, texts);
            timeline = new TimelineView(atlas, axis, state, texts);
            Navigator navigator = new Navigator(state, index, focus);
            player = new Player(state, axis, focus);
            dialogs = new Dialogs(texts, stage);
            ShellActions actions = new ShellActions(App.this::openAtlas, map::fitHome, map::zoomIn, map::zoomOut,
                    () -> stage.setFullScreen(!stage.isFullScreen()), this::showHelp,
                    () -> dialogs.about(atlas), Platform::exit, map::fitBounds);
            keys = new KeyBindings(navigator, state, focus, this::toggleLanguage, actions.toggleFullScreen(),
                    actions.help());
            MainWindow window = new MainWindow(new AppMenus(texts).build(state, navigator, focus, actions),
                    new ExplorerToolBar(state, texts, navigator, focus, actions), map,
                    new DayCardView(atlas, new DayHoldings(atlas, index), state, texts),
                    new EventListPanel(currentEvents, state, texts),
                    new DetailsPanel(atlas, state, texts, App.this::openInBrowser), timeline);
            root = window.root();
            glossary = new ToolWindow(stage, texts.text("glossary.title"), state,
                    () -> new GlossaryView(atlas.glossary(), state, texts));
            places = new ToolWindow(stage, texts.text("gazetteer.title"), state, () -> new GazetteerView(atlas.places(),
                    state, texts, place -> map.focusOn(place.location().lon(), place.location().lat())));
            new AppMenus(texts).addReferenceItems((MenuBar) root.lookup("#menu-bar"), glossary::show, places::show);
            keys.addAll(List.of(
                    new Shortcut(new KeyCodeCombination(KeyCode.G), "glossary.key", glossary::show, false),
                    new Shortcut(new KeyCodeCombination(KeyCode.F), "gazetteer.key", places::show, false)));
            root.getStyleClass().add("lang-" + language);
            state.languageProperty().addListener((obs, old, now) -> {
                root.getStyleClass().remove("lang-" + old);
                root.getStyleClass().add("lang-" + now);
            });
        }

        private void showHelp() {
            dialogs.help(keys.shortcuts());
        }

        private void toggleLanguage() {
            state.setLanguage("en".equals(state.language()) ? "hi" : "en");
        }

        void dispose() {
            state.setPlaying(false);
            glossary.close();
            places.close();
            player.dispose();
        }
    }
}
