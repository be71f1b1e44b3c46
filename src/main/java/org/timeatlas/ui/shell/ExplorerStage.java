package org.timeatlas.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;
import org.timeatlas.atlas.io.Problem;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.ExplorerHost;
import org.timeatlas.ui.feature.Jobs;
import org.timeatlas.ui.feature.Remembered;

/**
 * The application window and the one explorer it shows at a time: builds the explorer for an atlas, replaces it
 * when another atlas is opened or the shown one is reloaded, and keeps the session (what is remembered, the
 * background jobs). It is the explorer's {@link ExplorerHost}.
 */
public final class ExplorerStage implements ExplorerHost {

    /** The style sheets of the explorer's scene, in the order applied. */
    public static final List<String> STYLESHEETS = List.of("/org/timeatlas/ui/app.css", "/org/timeatlas/ui/map.css",
            "/org/timeatlas/ui/timeline.css", "/org/timeatlas/ui/day-by-day.css");

    /**
     * How a first explorer is shown.
     *
     * @param moment   the moment it opens at
     * @param language the interface language ("en", "hi")
     * @param width    the window's width asked for, in pixels (never more than the screen's visible width)
     * @param height   the window's height asked for, in pixels
     * @param snapshot where to write a picture of the explorer and exit, or null to show the window
     */
    public record Opening(LocalDateTime moment, String language, double width, double height, Path snapshot) {
    }

    private final Stage stage;
    private final RememberedSession session;
    private final Supplier<List<ExplorerFeature>> features;
    private final Supplier<Double> uiScale;
    private final StageWindows windows;
    private final Jobs jobs;
    private Scene scene;
    private Explorer explorer;
    private Path atlasFolder;
    private Alert problemsShown;

    /**
     * @param stage    the application's window
     * @param session  what was remembered and is remembered again at the end
     * @param features makes the features for each explorer, in the order installed
     * @param uiScale  the interface scale now, remembered with the session
     * @param host     the application's host services, to open links and folders
     */
    public ExplorerStage(Stage stage, RememberedSession session, Supplier<List<ExplorerFeature>> features,
                         Supplier<Double> uiScale, Supplier<HostServices> host) {
        this.stage = stage;
        this.session = session;
        this.features = features;
        this.uiScale = uiScale;
        this.windows = new StageWindows(stage, new SystemBrowser(host));
        this.jobs = new BackgroundJobs(() -> stage, () -> explorer.context().texts(), host);
    }

    /**
     * Builds and shows the explorer for {@code atlas} (from {@code folder}, or null for the embedded atlas).
     * Whatever goes wrong while building it (a projection that fails on a shape, a wrong value no check caught,
     * too little memory) is added to {@code problems} as a plain line and false is returned, so that the caller
     * falls back; nothing is left half-built.
     */
    public boolean tryToShow(Atlas atlas, Path folder, Opening opening, boolean keepDayByDay,
                             List<Problem> problems) {
        Explorer built = null;
        try {
            atlasFolder = folder;
            built = build(atlas, opening, keepDayByDay);
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

    private Explorer build(Atlas atlas, Opening opening, boolean keepDayByDay) {
        explorer = new Explorer(atlas, opening.moment(), opening.language(), features.get(), windows, this);
        if (!keepDayByDay) {
            explorer.context().dayByDay().leave();
        }
        explorer.window().restoreDividers(session.dividers());
        Insets frame = frameOf(stage);
        Rectangle2D size = fitted(opening.width(), opening.height(), frame);
        scene = new Scene(explorer.root(), size.getWidth(), size.getHeight());
        STYLESHEETS.forEach(sheet -> scene.getStylesheets().add(
                ExplorerStage.class.getResource(sheet).toExternalForm()));
        explorer.attach(scene);
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.titleProperty().bind(explorer.context().texts().text("app.title"));
        if (opening.snapshot() != null) {
            Endings.snapshotAndExit(scene, opening.snapshot());
            return explorer;
        }
        // a stage shown before (a test's, or after a fallback) keeps its old size unless told to take the scene's
        stage.sizeToScene();
        if (!session.placeWindow(stage)) {
            keepFrameInside(stage, frame);
        }
        stage.setOnCloseRequest(closing -> rememberSession());
        stage.show();
        // the first layout and paint happen here: a failure in them belongs to building the explorer too
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return explorer;
    }

    /**
     * Puts {@code stage} at {@code wanted} (its frame included), shrunk to the visible area of the screen that
     * rectangle lies on (the primary one if none) and moved inside it. Without screens, nothing is done.
     */
    static void placeWithin(Stage stage, Rectangle2D wanted) {
        if (Screen.getScreens().isEmpty()) {
            return;
        }
        List<Screen> screens = Screen.getScreensForRectangle(wanted);
        Rectangle2D visible = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        double width = Math.min(wanted.getWidth(), visible.getWidth());
        double height = Math.min(wanted.getHeight(), visible.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(Math.max(visible.getMinX(), Math.min(wanted.getMinX(), visible.getMaxX() - width)));
        stage.setY(Math.max(visible.getMinY(), Math.min(wanted.getMinY(), visible.getMaxY() - height)));
    }

    /**
     * The window's size: as asked, but never larger than the screen's visible area (the task bar and menu bars
     * left out), so nothing needed lies off-screen. A snapshot is rendered off-screen at the size asked.
     */
    public static Rectangle2D fitted(double width, double height) {
        return fitted(width, height, Insets.EMPTY);
    }

    /**
     * The scene's size in a window whose frame (title bar, borders, as {@link #frameOf} measures it) takes
     * {@code frame}: as asked, but never so large that scene and frame together pass the screen's visible area.
     * On a 1024×768 screen a 768-pixel scene under a title bar put the timeline's overview bar below the edge.
     */
    static Rectangle2D fitted(double width, double height, Insets frame) {
        if (Screen.getScreens().isEmpty()) {
            return new Rectangle2D(0, 0, width, height);
        }
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        double roomWide = visible.getWidth() - frame.getLeft() - frame.getRight();
        double roomHigh = visible.getHeight() - frame.getTop() - frame.getBottom();
        return new Rectangle2D(0, 0, Math.min(width, roomWide), Math.min(height, roomHigh));
    }

    /**
     * The frame the window system draws around a shown window's scene, in pixels on each side; empty for a window
     * not shown (it is only known once shown: the start-up shell's or the previous explorer's) or without one.
     */
    static Insets frameOf(Stage stage) {
        Scene shown = stage.getScene();
        if (!stage.isShowing() || shown == null) {
            return Insets.EMPTY;
        }
        double top = Math.max(0, shown.getY());
        double left = Math.max(0, shown.getX());
        double bottom = Math.max(0, stage.getHeight() - shown.getHeight() - top);
        double right = Math.max(0, stage.getWidth() - shown.getWidth() - left);
        return new Insets(top, right, bottom, left);
    }

    /**
     * Moves a window with a frame so that the frame lies inside the visible area of its screen, as far as it fits
     * ({@link #placeWithin}): the window system may have put the shell's top edge, or its bottom, outside it.
     */
    static void keepFrameInside(Stage stage, Insets frame) {
        if (frame.equals(Insets.EMPTY) || !stage.isShowing() || stage.isMaximized() || stage.isFullScreen()) {
            return;
        }
        placeWithin(stage, new Rectangle2D(stage.getX(), stage.getY(),
                stage.getScene().getWidth() + frame.getLeft() + frame.getRight(),
                stage.getScene().getHeight() + frame.getTop() + frame.getBottom()));
    }

    /** The explorer now shown, or null before one is built. */
    public Explorer explorer() {
        return explorer;
    }

    /** Shows {@code problems} of the atlas in {@code folder} in one dialog, closing the one shown before. */
    public void showProblems(Path folder, List<Problem> problems) {
        if (problemsShown != null) {
            problemsShown.close();
        }
        problemsShown = new Dialogs(explorer.context().texts(), stage).problems(folder.toString(), problems);
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
    public void openAtlas(Path folder) {
        LoadResult result = AtlasLoader.load(folder);
        if (!result.valid()) {
            showProblems(folder, result.problems());
            return;
        }
        Atlas atlas = result.atlas().orElseThrow();
        replaceExplorer(atlas, folder, atlas.info().defaultMoment(), explorer.context().state().language());
    }

    @Override
    public Optional<Path> atlasFolder() {
        return Optional.ofNullable(atlasFolder);
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
        ViewRequest view = before.shownViewProperty().get();
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

    private void replaceExplorer(Atlas atlas, Path folder, LocalDateTime moment, String language) {
        atlasFolder = folder;
        explorer.close();
        windows.closeAll();
        explorer = new Explorer(atlas, moment, language, features.get(), windows, this);
        scene.setRoot(explorer.root());
        explorer.attach(scene);
        stage.titleProperty().bind(explorer.context().texts().text("app.title"));
    }

    @Override
    public Remembered remembered() {
        return session;
    }

    @Override
    public Jobs jobs() {
        return jobs;
    }

    @Override
    public void quit() {
        rememberSession();
        close();
        Platform.exit();
    }

    /**
     * Releases the explorer now shown (its features' listeners, filters on the window and commands) and closes its
     * tool windows: the application is stopping. Nothing is shown afterwards; a second call does nothing.
     */
    public void close() {
        if (explorer != null) {
            stage.titleProperty().unbind();
            explorer.close();
            explorer = null;
        }
        windows.closeAll();
    }

    /** Writes what this session leaves behind (moment, language, mode, window, dividers, atlas folder). */
    public void rememberSession() {
        if (explorer == null) {
            return;
        }
        session.save(stage, explorer.context().state(), explorer.window().dividerPositions(), atlasFolder,
                uiScale.get());
    }
}
