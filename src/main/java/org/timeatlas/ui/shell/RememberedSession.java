package org.timeatlas.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.timeatlas.settings.LoadedSettings;
import org.timeatlas.settings.Settings;
import org.timeatlas.settings.SettingsStore;
import org.timeatlas.settings.WindowPlacement;
import org.timeatlas.ui.ExplorerState;

/**
 * What the last session left behind, applied at start and taken again at the end: the moment, language and
 * day-by-day mode, the interface scale, the window's place and size, the side column's dividers and the atlas
 * folder. Options given
 * on the command line win over what was remembered. Without a store (--fresh) nothing is read or written.
 */
public final class RememberedSession implements org.timeatlas.ui.feature.Remembered {

    private final SettingsStore store;
    private Settings settings;

    private RememberedSession(SettingsStore store, Settings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Where settings are kept: this system property's folder (tests and CI set it), else the OS's own place. */
    public static final String FOLDER_PROPERTY = "timeatlas.settings.dir";

    /** The session a start reads: nothing with --fresh, else the settings file of {@link #FOLDER_PROPERTY} or the user. */
    public static RememberedSession forStart(boolean fresh) {
        if (fresh) {
            return fresh();
        }
        String folder = System.getProperty(FOLDER_PROPERTY);
        return load(folder != null ? new SettingsStore(Path.of(folder)) : SettingsStore.forUser());
    }

    /** Reads {@code store}'s file; a problem with it is one warning line on standard error and the defaults. */
    public static RememberedSession load(SettingsStore store) {
        LoadedSettings loaded = store.load();
        loaded.warning().ifPresent(warning -> System.err.println("time-atlas: " + warning));
        return new RememberedSession(store, loaded.settings());
    }

    /** A session that remembers nothing and writes nothing. */
    public static RememberedSession fresh() {
        return new RememberedSession(null, Settings.defaults());
    }

    public Settings settings() {
        return settings;
    }

    /** The atlas folder last open, if it still exists; empty for the embedded atlas. */
    public Optional<Path> atlasFolder() {
        return settings.atlasFolder().filter(Files::isDirectory);
    }

    /** The remembered moment, if the atlas now opened is the one it was remembered with. */
    public Optional<LocalDateTime> momentFor(Path atlasFolder) {
        boolean same = settings.atlasFolder().map(p -> p.equals(absolute(atlasFolder))).orElse(atlasFolder == null);
        return same ? settings.moment() : Optional.empty();
    }

    public Optional<String> language() {
        return settings.language();
    }

    /** Whether day-by-day mode was on, when the moment is the remembered one. */
    public boolean dayByDay() {
        return settings.dayByDay();
    }

    /** Where the side column's dividers were left, by the panels shown. */
    public Map<String, double[]> dividers() {
        Map<String, double[]> positions = new HashMap<>();
        settings.dividers().forEach((key, values) ->
                positions.put(key, values.stream().mapToDouble(Double::doubleValue).toArray()));
        return positions;
    }

    /**
     * Puts the window where it was, clamped to the visible part of a screen it overlaps (never off-screen), at
     * most the size of that screen's visible area; maximised and full screen as they were.
     *
     * @return whether a remembered place was used (false: nothing remembered, or no screen)
     */
    public boolean placeWindow(Stage stage) {
        Optional<WindowPlacement> placement = settings.window();
        if (placement.isEmpty() || Screen.getScreens().isEmpty()) {
            return false;
        }
        WindowPlacement window = placement.get();
        ExplorerStage.placeWithin(stage, new Rectangle2D(window.x(), window.y(), Math.max(1, window.width()),
                Math.max(1, window.height())));
        stage.setMaximized(window.maximised());
        stage.setFullScreen(window.fullScreen());
        return true;
    }

    /**
     * Takes what the user leaves now and writes it, atomically; a failure is one line on standard error (the
     * explorer still closes).
     */
    public void save(Stage stage, ExplorerState state, Map<String, double[]> dividers, Path atlasFolder,
                     double uiScale) {
        Settings now = settings.withMoment(state.moment()).withLanguage(state.language()).withUiScale(uiScale)
                .withDayByDay(state.isDayByDayMode()).withAtlasFolder(absolute(atlasFolder));
        if (stage.isShowing()) {
            now = now.withWindow(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized(), stage.isFullScreen()));
        }
        for (Map.Entry<String, double[]> divider : dividers.entrySet()) {
            now = now.withDividers(divider.getKey(), divider.getValue());
        }
        settings = now;
        write();
    }

    private static Path absolute(Path folder) {
        return folder == null ? null : folder.toAbsolutePath().normalize();
    }

    @Override
    public <T> Optional<T> section(String key, Class<T> type) {
        return settings.section(key, type);
    }

    @Override
    public void remember(String key, Object value) {
        settings = settings.withSection(key, value);
        write();
    }

    @Override
    public void forget(String key) {
        settings = settings.withoutSection(key);
        write();
    }

    private void write() {
        if (store == null) {
            return;
        }
        try {
            store.save(settings);
        } catch (IOException failed) {
            System.err.println("time-atlas: " + failed.getMessage());
        }
    }
}
