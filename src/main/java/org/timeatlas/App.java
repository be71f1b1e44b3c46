package org.timeatlas;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;
import org.timeatlas.atlas.io.Problem;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.daybyday.DayByDayFeature;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.ExplorerHost;
import org.timeatlas.ui.glossary.GlossaryFeature;
import org.timeatlas.ui.map.MapFeature;
import org.timeatlas.ui.navigation.NavigationFeature;
import org.timeatlas.ui.panels.PanelsFeature;
import org.timeatlas.ui.places.PlacesFeature;
import org.timeatlas.ui.reload.ReloadFeature;
import org.timeatlas.ui.shell.Dialogs;
import org.timeatlas.ui.shell.Endings;
import org.timeatlas.ui.shell.Explorer;
import org.timeatlas.ui.shell.SystemBrowser;
import org.timeatlas.ui.shell.RememberedSession;
import org.timeatlas.ui.shell.FirstFrame;
import org.timeatlas.ui.shell.ShellFeature;
import org.timeatlas.ui.shell.StageWindows;
import org.timeatlas.ui.shell.StartupShell;
import org.timeatlas.ui.theme.ThemeFeature;
import org.timeatlas.ui.theme.UiScale;
import org.timeatlas.ui.timeline.TimelineFeature;

/**
 * The JavaFX application: starts in the mode the options ask for, lists the explorer's features, and opens
 * atlases. It wires nothing itself: each feature installs its own parts into the explorer's window.
 */
public final class App extends Application implements ExplorerHost {

    static final List<String> STYLESHEETS = List.of("/org/timeatlas/ui/app.css", "/org/timeatlas/ui/map.css",
            "/org/timeatlas/ui/timeline.css", "/org/timeatlas/ui/day-by-day.css");

    /** The interface scale (Ctrl+= / Ctrl+− / Ctrl+0): the application's, kept across atlases and sessions. */
    private final UiScale uiScale = UiScale.initial();
    private final java.util.function.Function<UiScale, List<ExplorerFeature>> featureList;

    public App() {
        this(App::features);
    }

    /** With other features than the explorer's own, for tests of how the shell treats them. */
    App(java.util.function.Function<UiScale, List<ExplorerFeature>> featureList) {
        this.featureList = featureList;
    }

    /** The explorer's features, installed in this order for every atlas opened. */
    static List<ExplorerFeature> features(UiScale uiScale) {
        return List.of(new ShellFeature(), new NavigationFeature(), new MapFeature(), new TimelineFeature(),
                new PanelsFeature(), new DayByDayFeature(), new GlossaryFeature(), new PlacesFeature(),
                new ReloadFeature(), new org.timeatlas.ui.export.ExportFeature(),
                new ThemeFeature(uiScale));
    }

    private Stage stage;
    private Scene scene;
    private StageWindows windows;
    private Explorer explorer;
    private RememberedSession session;
    private final org.timeatlas.ui.shell.BackgroundJobs jobs = new org.timeatlas.ui.shell.BackgroundJobs(
            () -> stage, () -> explorer.context().texts(), this::getHostServices);
    private Path atlasFolder;
    private javafx.scene.control.Alert problemsShown;

    @Override
    public void start(Stage primaryStage) {
        open(primaryStage, LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new)));
    }

    /** Builds the explorer in {@code primaryStage} as the options say; tests call this directly. */
    void open(Stage primaryStage, LaunchOptions options) {
        rememberFrom(options);
        open(primaryStage, options, () -> requestedAtlas(options, session));
    }

    /** Reads what the last session left, unless --fresh says to start from the defaults. */
    private void rememberFrom(LaunchOptions options) {
        if (session != null) {
            return;
        }
        session = RememberedSession.forStart(options.fresh());
        if (!options.fresh() && System.getProperty(UiScale.START_PROPERTY) == null) {
            uiScale.set(session.settings().uiScale());
        }
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
        rememberFrom(options);
        Messages messages = new Messages(options.language());
        Scene shell = new Scene(new StartupShell(messages).root(), options.width(), options.height());
        primaryStage.titleProperty().unbind();
        primaryStage.setTitle(messages.get("app.title"));
        primaryStage.setScene(shell);
        primaryStage.show();
        CompletableFuture<LoadResult> loading = CompletableFuture.supplyAsync(() -> requestedAtlas(options, session));
        FirstFrame.then(shell, () -> open(primaryStage, options, loading::join));
    }

    /** The atlas the options ask for: the one given with --atlas, else the one last open, else the embedded one. */
    static LoadResult requestedAtlas(LaunchOptions options, RememberedSession session) {
        Path folder = chosenFolder(options, session);
        return folder != null ? AtlasLoader.load(folder) : AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED);
    }

    private static Path chosenFolder(LaunchOptions options, RememberedSession session) {
        if (options.atlas() != null) {
            return options.atlas();
        }
        return session == null ? null : session.atlasFolder().orElse(null);
    }

    /**
     * Builds the explorer with the requested atlas from {@code requested}, which the launcher loads on another
     * thread while the toolkit starts. An atlas with problems, or one the explorer cannot be built from, is
     * reported and the embedded atlas shown instead; a snapshot of it exits 1 instead of picturing another atlas.
     */
    void open(Stage primaryStage, LaunchOptions options, Supplier<LoadResult> requested) {
        this.stage = primaryStage;
        List<Problem> problems = new ArrayList<>();
        Path folder = chosenFolder(options, session);
        LoadResult first = requested.get();
        if (folder != null && !first.valid()) {
            problems.addAll(first.problems());
        }
        if (folder != null && first.valid() && tryToShow(first.atlas().orElseThrow(), folder, options, problems)) {
            return;
        }
        if (options.snapshot() != null && folder != null) {
            problems.forEach(System.err::println);
            System.err.println("time-atlas: no snapshot written: the atlas " + folder + " has "
                    + problems.size() + " problem(s)");
            Endings.exit(1);
            return;
        }
        LoadResult embedded = folder == null ? first : AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED);
        if (!embedded.valid()) {
            Endings.refuseBrokenEmbeddedAtlas(embedded.problems(), options.language(), options.snapshot() == null);
            return;
        }
        problems.forEach(System.err::println);
        if (!tryToShow(embedded.atlas().orElseThrow(), null, options, List.of())) {
            Endings.refuseBrokenEmbeddedAtlas(List.of(new Problem(AtlasLoader.EMBEDDED, 1, 1,
                    "the explorer could not be built from the embedded atlas")), options.language(),
                    options.snapshot() == null);
            return;
        }
        if (!problems.isEmpty() && options.snapshot() == null) {
            new Dialogs(explorer.context().texts(), stage).problems(folder.toString(), problems);
        }
    }

    /**
     * Builds and shows the explorer for {@code atlas}. Whatever goes wrong while building it (a projection that
     * fails on a shape, a wrong value no check caught, too little memory) is added to {@code problems} as a
     * plain line, and false is returned so that the caller falls back; nothing is left half-built.
     */
    private boolean tryToShow(Atlas atlas, Path folder, LaunchOptions options, List<Problem> problems) {
        Explorer built = null;
        try {
            atlasFolder = folder;
            built = build(atlas, folder, options);
            return true;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failed) {
            if (explorer != null && explorer == built) {
                explorer.close();
            }
            explorer = null;
            problems.add(new Problem(folder == null ? AtlasLoader.EMBEDDED : "atlas.json", 1, 1,
                    "the explorer could not be built from this atlas: " + Endings.describe(failed)));
            return false;
        }
    }

    private Explorer build(Atlas atlas, Path folder, LaunchOptions options) {
        java.util.Optional<LocalDateTime> remembered = options.date() != null ? java.util.Optional.empty()
                : session.momentFor(folder);
        LocalDateTime moment = options.date() != null ? options.date()
                : remembered.orElse(atlas.info().defaultMoment());
        if (options.date() != null && !atlas.info().covers(options.date())) {
            System.err.println("time-atlas: --date " + options.date() + " lies outside the atlas span; showing the nearest day");
        }
        String language = options.languageGiven() ? options.language() : session.language()
                .filter(Messages.LANGUAGES::contains).orElse(options.language());
        windows = new StageWindows(stage, new SystemBrowser(this::getHostServices));
        explorer = new Explorer(atlas, moment, language, featureList.apply(uiScale), windows, this);
        if (remembered.isPresent() && !session.dayByDay()) {
            explorer.context().dayByDay().leave();
        }
        explorer.window().restoreDividers(session.dividers());
        Rectangle2D size = fitted(options.width(), options.height());
        scene = new Scene(explorer.root(), size.getWidth(), size.getHeight());
        STYLESHEETS.forEach(sheet -> scene.getStylesheets().add(App.class.getResource(sheet).toExternalForm()));
        explorer.attach(scene);
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.titleProperty().bind(explorer.context().texts().text("app.title"));
        if (options.snapshot() != null) {
            Endings.snapshotAndExit(scene, options.snapshot());
            return explorer;
        }
        session.placeWindow(stage);
        stage.setOnCloseRequest(closing -> rememberSession());
        stage.show();
        // the first layout and paint happen here: a failure in them belongs to building the explorer too
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return explorer;
    }

    /**
     * The window's size: as asked, but never larger than the screen's visible area (the task bar and menu bars
     * left out), so nothing needed lies off-screen. A snapshot is rendered off-screen at the size asked.
     */
    private static Rectangle2D fitted(double width, double height) {
        if (Screen.getScreens().isEmpty()) {
            return new Rectangle2D(0, 0, width, height);
        }
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        return new Rectangle2D(0, 0, Math.min(width, visible.getWidth()), Math.min(height, visible.getHeight()));
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
        return explorer.context().state();
    }

    /** The interface scale, for tests. */
    UiScale uiScale() {
        return uiScale;
    }

    /** The explorer now shown, for tests. */
    Explorer explorer() {
        return explorer;
    }

    @Override
    public void chooseAndOpenAtlas() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(explorer.context().texts().get("menu.file.open"));
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            openAtlas(folder.toPath());
        }
    }

    /** Opens the atlas in {@code folder} in place of the current one, or shows its problems and keeps the current. */
    void openAtlas(Path folder) {
        LoadResult result = AtlasLoader.load(folder);
        if (!result.valid()) {
            showProblems(folder, result.problems());
            return;
        }
        Atlas atlas = result.atlas().orElseThrow();
        replaceExplorer(atlas, folder, atlas.info().defaultMoment(), explorer.context().state().language());
    }

    @Override
    public java.util.Optional<Path> atlasFolder() {
        return java.util.Optional.ofNullable(atlasFolder);
    }

    @Override
    public void reloadAtlas() {
        if (atlasFolder == null || explorer == null) {
            return;
        }
        LoadResult result = AtlasLoader.load(atlasFolder);
        if (!result.valid()) {
            showProblems(atlasFolder, result.problems());
            return;
        }
        ExplorerState before = explorer.context().state();
        String event = before.selectedEventProperty().get();
        String territory = before.selectedTerritoryProperty().get();
        boolean dayByDay = before.isDayByDayMode();
        org.timeatlas.ui.ViewRequest view = before.shownViewProperty().get();
        replaceExplorer(result.atlas().orElseThrow(), atlasFolder, before.moment(), before.language());
        ExplorerState after = explorer.context().state();
        if (!dayByDay) {
            explorer.context().dayByDay().leave();
        }
        after.selectEvent(explorer.context().atlas().event(event).isPresent() ? event : null);
        after.selectTerritory(explorer.context().atlas().territory(territory).isPresent() ? territory : null);
        if (view != null) {
            after.requestView(view);
        }
        if (problemsShown != null) {
            problemsShown.close();
        }
    }

    private void showProblems(Path folder, List<Problem> problems) {
        if (problemsShown != null) {
            problemsShown.close();
        }
        problemsShown = new Dialogs(explorer.context().texts(), stage).problems(folder.toString(), problems);
    }

    private void replaceExplorer(Atlas atlas, Path folder, LocalDateTime moment, String language) {
        atlasFolder = folder;
        explorer.close();
        windows.closeAll();
        explorer = new Explorer(atlas, moment, language, featureList.apply(uiScale), windows, this);
        scene.setRoot(explorer.root());
        explorer.attach(scene);
        stage.titleProperty().bind(explorer.context().texts().text("app.title"));
    }

    @Override
    public org.timeatlas.ui.feature.Remembered remembered() {
        return session;
    }

    @Override
    public org.timeatlas.ui.feature.Jobs jobs() {
        return jobs;
    }

    @Override
    public void quit() {
        rememberSession();
        explorer.close();
        Platform.exit();
    }

    /** Writes what this session leaves behind (moment, language, mode, window, dividers, atlas folder). */
    void rememberSession() {
        session.save(stage, explorer.context().state(), explorer.window().dividerPositions(), atlasFolder,
                uiScale.get());
    }
}
