package org.timeatlas.ui.search;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.settings.SettingsStore;
import org.timeatlas.ui.daybyday.DayByDayFeature;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.ExplorerHost;
import org.timeatlas.ui.feature.Jobs;
import org.timeatlas.ui.feature.Remembered;
import org.timeatlas.ui.glossary.GlossaryFeature;
import org.timeatlas.ui.map.MapFeature;
import org.timeatlas.ui.navigation.NavigationFeature;
import org.timeatlas.ui.panels.PanelsFeature;
import org.timeatlas.ui.places.PlacesFeature;
import org.timeatlas.ui.shell.Explorer;
import org.timeatlas.ui.shell.RememberedSession;
import org.timeatlas.ui.shell.ShellFeature;
import org.timeatlas.ui.shell.StageWindows;

/**
 * The explorer with the shell's own features and the ones under test, in a stage, for the UI tests of search,
 * filters and bookmarks (the application's own start is package-private). Settings are read from and written to
 * a folder of the test's, so that re-creating the explorer with the same folder is a restart.
 */
public final class ExplorerFixture implements ExplorerHost {

    static final List<String> STYLESHEETS = List.of("/org/timeatlas/ui/app.css", "/org/timeatlas/ui/map.css",
            "/org/timeatlas/ui/timeline.css", "/org/timeatlas/ui/day-by-day.css");

    private final RememberedSession remembered;
    private final List<Path> written = new ArrayList<>();
    private Explorer explorer;

    /**
     * Gives the explorer two minutes to be built before a test (TestFX's default is 30 s): on a two-core machine
     * shared with other builds, building it has been seen to take longer.
     */
    public static void allowSlowSetup() {
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    public ExplorerFixture(Path settingsFolder) {
        remembered = RememberedSession.load(new SettingsStore(settingsFolder));
    }

    /** Builds the explorer of {@code atlas} at {@code moment} in {@code stage}, closing the one shown before. */
    public Explorer show(Stage stage, Atlas atlas, LocalDateTime moment, String language,
                         List<ExplorerFeature> underTest) {
        if (explorer != null) {
            explorer.close();
        }
        List<ExplorerFeature> features = new ArrayList<>(List.of(new ShellFeature(), new NavigationFeature(),
                new MapFeature(), new org.timeatlas.ui.timeline.TimelineFeature(), new PanelsFeature(),
                new DayByDayFeature(), new GlossaryFeature(), new PlacesFeature()));
        features.addAll(underTest);
        explorer = new Explorer(atlas, moment, language, features, new StageWindows(stage, url -> { }), this);
        Scene scene = new Scene(explorer.root(), 1280, 800);
        STYLESHEETS.forEach(sheet -> scene.getStylesheets().add(ExplorerFixture.class.getResource(sheet).toExternalForm()));
        explorer.attach(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage all tests share keeps the size an earlier test left unless told
        stage.show();
        return explorer;
    }

    public Explorer explorer() {
        return explorer;
    }

    /** The files the background jobs wrote, in order. */
    public List<Path> written() {
        return written;
    }

    @Override
    public void chooseAndOpenAtlas() {
    }

    @Override
    public Optional<Path> atlasFolder() {
        return Optional.empty();
    }

    @Override
    public void reloadAtlas() {
    }

    @Override
    public void quit() {
    }

    @Override
    public Remembered remembered() {
        return remembered;
    }

    /** Runs each job at once on the calling thread, so that a test sees its file as soon as it returns. */
    @Override
    public Jobs jobs() {
        return task -> {
            task.run();
            try {
                written.add(task.get());
            } catch (InterruptedException | java.util.concurrent.ExecutionException failed) {
                throw new IllegalStateException(failed);
            }
        };
    }
}
