package org.timeatlas;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;
import org.timeatlas.atlas.io.Problem;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.daybyday.DayByDayFeature;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.export.ExportFeature;
import org.timeatlas.ui.quiz.QuizFeature;
import org.timeatlas.ui.bookmarks.BookmarksFeature;
import org.timeatlas.ui.filters.FiltersFeature;
import org.timeatlas.ui.search.SearchFeature;
import org.timeatlas.ui.animation.AnimationFeature;
import org.timeatlas.ui.tours.ToursFeature;
import org.timeatlas.ui.feature.ExplorerHost;
import org.timeatlas.ui.glossary.GlossaryFeature;
import org.timeatlas.ui.lens.LensFeature;
import org.timeatlas.ui.map.MapFeature;
import org.timeatlas.ui.map.compare.CompareFeature;
import org.timeatlas.ui.navigation.NavigationFeature;
import org.timeatlas.ui.panels.PanelsFeature;
import org.timeatlas.ui.places.PlacesFeature;
import org.timeatlas.ui.presentation.PresentationFeature;
import org.timeatlas.ui.reload.ReloadFeature;
import org.timeatlas.ui.shell.Endings;
import org.timeatlas.ui.shell.Explorer;
import org.timeatlas.ui.shell.ExplorerStage;
import org.timeatlas.ui.shell.RememberedSession;
import org.timeatlas.ui.feature.FirstFrame;
import org.timeatlas.ui.shell.ShellFeature;
import org.timeatlas.ui.shell.StartupShell;
import org.timeatlas.ui.theme.ThemeFeature;
import org.timeatlas.ui.theme.UiScale;
import org.timeatlas.ui.timeline.TimelineFeature;

/**
 * The JavaFX application: starts in the mode the options ask for, chooses the atlas to open (falling back to the
 * embedded one) and lists the explorer's features. It wires nothing itself: each feature installs its own parts
 * into the explorer's window, and {@link ExplorerStage} opens, reloads and replaces atlases in it.
 */
public final class App extends Application {

    /** The interface scale (Ctrl+= / Ctrl+− / Ctrl+0): the application's, kept across atlases and sessions. */
    private final UiScale uiScale = UiScale.initial();
    private final Function<UiScale, List<ExplorerFeature>> featureList;

    public App() {
        this(App::features);
    }

    /** With other features than the explorer's own, for tests of how the shell treats them. */
    App(Function<UiScale, List<ExplorerFeature>> featureList) {
        this.featureList = featureList;
    }

    /** The explorer's features, installed in this order for every atlas opened. */
    static List<ExplorerFeature> features(UiScale uiScale) {
        return List.of(new ShellFeature(), new NavigationFeature(), new MapFeature(), new TimelineFeature(),
                new PanelsFeature(), new DayByDayFeature(), new GlossaryFeature(), new PlacesFeature(),
                new PresentationFeature(uiScale.factorProperty()),
                new ReloadFeature(),
                new ToursFeature(),
                new AnimationFeature(() -> List.of(new MapFeature())),
                new org.timeatlas.ui.animation.MapPicturesFeature(() -> List.of(new MapFeature())),
                new SearchFeature(),
                new FiltersFeature(),
                new BookmarksFeature(),
                new LensFeature(),
                new CompareFeature(),
                new QuizFeature(),
                new ExportFeature(),
                new ThemeFeature(uiScale));
    }

    private RememberedSession session;
    private ExplorerStage window;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        open(primaryStage, LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new)));
    }

    /** Builds the explorer in {@code primaryStage} as the options say; tests call this directly. */
    void open(Stage primaryStage, LaunchOptions options) {
        rememberFrom(options);
        open(primaryStage, options, () -> requestedAtlas(options, session));
    }

    /**
     * Reads what the last session left (unless --fresh says to start from the defaults) before the window opens:
     * the launcher calls it on its own thread while the toolkit starts, because the first read of the settings
     * sets up their JSON mapper, which took about a fifth of a second on the FX thread before the first frame.
     */
    void rememberNow(LaunchOptions options) {
        rememberFrom(options);
    }

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
        // fitted as the explorer's scene will be: a shell larger than a 1024×768 screen was centred off its edges
        Rectangle2D size = ExplorerStage.fitted(options.width(), options.height());
        Scene shell = new Scene(new StartupShell(messages).root(), size.getWidth(), size.getHeight());
        primaryStage.titleProperty().unbind();
        primaryStage.setTitle(messages.get("app.title"));
        primaryStage.setScene(shell);
        primaryStage.sizeToScene();
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
        stage = primaryStage;
        window = new ExplorerStage(primaryStage, session, () -> featureList.apply(uiScale), uiScale::get,
                this::getHostServices);
        List<Problem> problems = new ArrayList<>();
        Path folder = chosenFolder(options, session);
        LoadResult first = requested.get();
        if (folder != null && !first.valid()) {
            problems.addAll(first.problems());
        }
        if (folder != null && first.valid() && show(first.atlas().orElseThrow(), folder, options, problems)) {
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
        if (!show(embedded.atlas().orElseThrow(), null, options, List.of())) {
            Endings.refuseBrokenEmbeddedAtlas(List.of(new Problem(AtlasLoader.EMBEDDED, 1, 1,
                    "the explorer could not be built from the embedded atlas")), options.language(),
                    options.snapshot() == null);
            return;
        }
        if (!problems.isEmpty() && options.snapshot() == null) {
            window.showProblems(folder, problems);
        }
    }

    /** Shows {@code atlas} at the moment and in the language the options or the remembered session give. */
    private boolean show(Atlas atlas, Path folder, LaunchOptions options, List<Problem> problems) {
        Optional<LocalDateTime> remembered = options.date() != null ? Optional.empty() : session.momentFor(folder);
        LocalDateTime moment = options.date() != null ? options.date()
                : remembered.orElse(atlas.info().defaultMoment());
        if (options.date() != null && !atlas.info().covers(options.date())) {
            System.err.println("time-atlas: --date " + options.date() + " lies outside the atlas span; showing the nearest day");
        }
        String language = options.languageGiven() ? options.language() : session.language()
                .filter(Messages.LANGUAGES::contains).orElse(options.language());
        boolean keepDayByDay = remembered.isEmpty() || session.dayByDay();
        return window.tryToShow(atlas, folder, new ExplorerStage.Opening(moment, language, options.width(),
                options.height(), options.snapshot()), keepDayByDay, problems);
    }

    /**
     * Releases the explorer: its features' listeners and the filters they put on the window, the title binding and
     * its tool windows. JavaFX calls this when an application it launched ends. {@link Launcher} starts the toolkit
     * itself, so in the app Quit releases the explorer ({@code ExplorerStage.quit}) and closing the window just
     * ends the process.
     */
    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /** The window title now shown, for tests. */
    String stageTitle() {
        return stage.getTitle();
    }

    /** Whether the explorer has been built (after the start-up shell, if one was shown). */
    boolean built() {
        return window != null && window.explorer() != null;
    }

    /** The state of the explorer now shown, for tests. */
    ExplorerState state() {
        return window.explorer().context().state();
    }

    /** The interface scale, for tests. */
    UiScale uiScale() {
        return uiScale;
    }

    /** The explorer now shown, for tests. */
    Explorer explorer() {
        return window.explorer();
    }

    /** Opens another atlas as File ▸ Open does, for tests. */
    void openAtlas(Path folder) {
        window.openAtlas(folder);
    }

    /** What the explorer's features get as their host, for tests. */
    ExplorerHost host() {
        return window;
    }

    /** Writes what this session leaves behind, for tests. */
    void rememberSession() {
        window.rememberSession();
    }
}
