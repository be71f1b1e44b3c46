package org.timeatlas.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SettingsStore#load()} found: the settings (defaults wherever the file had nothing usable) and
 * at most one warning, a single line naming the file, for the user or the log. No file at all is not a warning.
 */
public record LoadedSettings(Settings settings, Optional<String> warning) {

    public LoadedSettings {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(warning, "warning");
    }

    static LoadedSettings clean(Settings settings) {
        return new LoadedSettings(settings, Optional.empty());
    }

    static LoadedSettings defaultsWith(String warning) {
        return new LoadedSettings(Settings.defaults(), Optional.of(warning));
    }
}
