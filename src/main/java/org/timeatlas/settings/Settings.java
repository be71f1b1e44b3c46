package org.timeatlas.settings;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the app remembers between sessions: an immutable value, changed by {@code with…} methods that return
 * a copy. Absent values ({@code Optional.empty()}) mean "nothing remembered": the app uses its own default.
 * <p>
 * Features keep their own data in {@link #sections()}, one member per feature key, read and written through
 * the feature's own record type ({@link #section(String, Class)}, {@link #withSection(String, Object)}), so a
 * new feature needs no change here. {@link #unknownMembers()} holds what a newer app of the same major format
 * wrote and this one does not know; saving writes it back unchanged. To keep it, derive the settings to save
 * from the ones {@link SettingsStore#load()} returned rather than from {@link #defaults()}.
 *
 * @param moment          the last moment shown on the timeline
 * @param language        the interface and content language, a BCP 47 tag such as {@code en} or {@code hi}
 * @param dayByDay        whether day-by-day mode was on
 * @param uiScale         the interface scale, 1.0 = 100 %, clamped to [{@value #MIN_UI_SCALE},
 *                        {@value #MAX_UI_SCALE}]; NaN gives 1.0
 * @param window          the main window's placement
 * @param atlasFolder     the last atlas folder opened (absolute, normalised); empty = the embedded atlas
 * @param dividers        split-pane divider positions by split name, each a list of fractions in [0, 1] in
 *                        the order JavaFX's {@code SplitPane.getDividerPositions()} gives them; sorted by name
 * @param presenterScreen the screen chosen for presenting, as an identifier the presentation feature chose
 *                        (e.g. an index {@code "1"} or bounds {@code "1920x1080+1920+0"})
 * @param sections        per-feature data by feature key ("tours", "quiz", "bookmarks", …)
 * @param unknownMembers  members of the file this version does not know, written back as they were
 */
public record Settings(
        Optional<LocalDateTime> moment,
        Optional<String> language,
        boolean dayByDay,
        double uiScale,
        Optional<WindowPlacement> window,
        Optional<Path> atlasFolder,
        Map<String, List<Double>> dividers,
        Optional<String> presenterScreen,
        JsonMembers sections,
        JsonMembers unknownMembers) {

    public static final double MIN_UI_SCALE = 0.75;
    public static final double MAX_UI_SCALE = 2.5;
    public static final double DEFAULT_UI_SCALE = 1.0;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final Settings DEFAULTS = new Settings(Optional.empty(), Optional.empty(), false, DEFAULT_UI_SCALE,
            Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), JsonMembers.empty(), JsonMembers.empty());

    /**
     * @throws NullPointerException     if a component is null (use {@code Optional.empty()} for "none")
     * @throws IllegalArgumentException if the language is not a language tag, a presenter screen is blank, a
     *                                  divider name is blank or a divider position is not in [0, 1]
     */
    public Settings {
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(language, "language");
        language.ifPresent(Settings::requireLanguageTag);
        uiScale = clampUiScale(uiScale);
        Objects.requireNonNull(window, "window");
        atlasFolder = Objects.requireNonNull(atlasFolder, "atlasFolder").map(f -> f.toAbsolutePath().normalize());
        dividers = copyOfDividers(dividers);
        Objects.requireNonNull(presenterScreen, "presenterScreen");
        presenterScreen.ifPresent(screen -> {
            if (screen.isBlank()) {
                throw new IllegalArgumentException("a presenter screen identifier cannot be blank");
            }
        });
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(unknownMembers, "unknownMembers");
    }

    /** Nothing remembered: no moment, language, window, atlas folder or screen; day by day off; scale 1.0. */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /** {@code scale} limited to [{@value #MIN_UI_SCALE}, {@value #MAX_UI_SCALE}]; NaN gives 1.0. */
    public static double clampUiScale(double scale) {
        if (Double.isNaN(scale)) {
            return DEFAULT_UI_SCALE;
        }
        return Math.max(MIN_UI_SCALE, Math.min(MAX_UI_SCALE, scale));
    }

    /** {@code null} forgets the moment. */
    public Settings withMoment(LocalDateTime moment) {
        return new Settings(Optional.ofNullable(moment), language, dayByDay, uiScale, window, atlasFolder, dividers,
                presenterScreen, sections, unknownMembers);
    }

    /**
     * {@code null} forgets the language.
     *
     * @throws IllegalArgumentException if {@code language} is not a language tag such as {@code en} or {@code hi}
     */
    public Settings withLanguage(String language) {
        return new Settings(moment, Optional.ofNullable(language), dayByDay, uiScale, window, atlasFolder, dividers,
                presenterScreen, sections, unknownMembers);
    }

    public Settings withDayByDay(boolean dayByDay) {
        return new Settings(moment, language, dayByDay, uiScale, window, atlasFolder, dividers, presenterScreen,
                sections, unknownMembers);
    }

    /** The scale is clamped to [{@value #MIN_UI_SCALE}, {@value #MAX_UI_SCALE}]. */
    public Settings withUiScale(double uiScale) {
        return new Settings(moment, language, dayByDay, uiScale, window, atlasFolder, dividers, presenterScreen,
                sections, unknownMembers);
    }

    /** {@code null} forgets the window placement. */
    public Settings withWindow(WindowPlacement window) {
        return new Settings(moment, language, dayByDay, uiScale, Optional.ofNullable(window), atlasFolder, dividers,
                presenterScreen, sections, unknownMembers);
    }

    /** {@code null} means the embedded atlas; a relative folder is made absolute against the working folder. */
    public Settings withAtlasFolder(Path atlasFolder) {
        return new Settings(moment, language, dayByDay, uiScale, window, Optional.ofNullable(atlasFolder), dividers,
                presenterScreen, sections, unknownMembers);
    }

    /** {@code null} forgets the presenter screen. */
    public Settings withPresenterScreen(String presenterScreen) {
        return new Settings(moment, language, dayByDay, uiScale, window, atlasFolder, dividers,
                Optional.ofNullable(presenterScreen), sections, unknownMembers);
    }

    /** The divider positions of split {@code name} (a fresh array the caller may change), if remembered. */
    public Optional<double[]> dividers(String name) {
        List<Double> positions = dividers.get(name);
        return positions == null ? Optional.empty()
                : Optional.of(positions.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Remembers the divider positions of split {@code name}, e.g. {@code withDividers("right-column",
     * split.getDividerPositions())}.
     *
     * @throws IllegalArgumentException if the name is blank or a position is not a fraction in [0, 1]
     */
    public Settings withDividers(String name, double... positions) {
        Map<String, List<Double>> changed = new TreeMap<>(dividers);
        changed.put(name, Arrays.stream(positions).boxed().toList());
        return new Settings(moment, language, dayByDay, uiScale, window, atlasFolder, changed, presenterScreen,
                sections, unknownMembers);
    }

    /**
     * The section a feature stored under {@code key}, read as its own record type.
     *
     * @return empty when there is none or when it does not fit {@code type} (see {@link JsonMembers#read})
     */
    public <T> Optional<T> section(String key, Class<T> type) {
        return sections.read(key, type);
    }

    /**
     * A copy with the section {@code key} set to {@code value} (a record or other value Jackson can write).
     *
     * @throws IllegalArgumentException if the key is blank or the value cannot be written as JSON
     */
    public Settings withSection(String key, Object value) {
        return withSections(sections.with(key, value));
    }

    /** A copy without the section {@code key}. */
    public Settings withoutSection(String key) {
        return withSections(sections.without(key));
    }

    private Settings withSections(JsonMembers sections) {
        return new Settings(moment, language, dayByDay, uiScale, window, atlasFolder, dividers, presenterScreen,
                sections, unknownMembers);
    }

    /** True when {@code tag} is a well-formed language tag ({@code en}, {@code hi}, {@code pt-BR}). */
    static boolean isLanguageTag(String tag) {
        return tag != null && LANGUAGE_TAG.matcher(tag).matches();
    }

    private static void requireLanguageTag(String tag) {
        if (!isLanguageTag(tag)) {
            throw new IllegalArgumentException("not a language tag: \"" + tag + "\"");
        }
    }

    /** True when {@code position} can be a divider position: a fraction in [0, 1]. */
    static boolean isDividerPosition(double position) {
        return position >= 0 && position <= 1;
    }

    private static Map<String, List<Double>> copyOfDividers(Map<String, List<Double>> dividers) {
        Objects.requireNonNull(dividers, "dividers");
        Map<String, List<Double>> copy = new TreeMap<>();
        dividers.forEach((name, positions) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a split needs a non-blank name");
            }
            for (Double position : positions) {
                if (position == null || !isDividerPosition(position)) {
                    throw new IllegalArgumentException("divider position of split \"" + name
                            + "\" must be a fraction in [0, 1], got " + position);
                }
            }
            copy.put(name, List.copyOf(positions));
        });
        return Collections.unmodifiableMap(copy);
    }
}
