package org.timeatlas.ui.tours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourLevel;
import org.timeatlas.ui.feature.Remembered;

/**
 * The tour a teacher is writing in the editor: title, description, level, minutes and the steps in order. Every
 * change is kept at once in the settings section {@value #KEY} (per atlas), so that a draft survives closing the
 * editor, the explorer or a crash. It says what is still missing before it can be saved as a tour the loader
 * accepts.
 */
final class TourDraft {

    static final String KEY = "tour-draft";
    /** Minutes a new draft estimates until the teacher says otherwise. */
    static final int DEFAULT_MINUTES = 10;

    /** The section: drafts by atlas id. */
    record Saved(Map<String, SavedDraft> atlases) {
        Saved {
            atlases = atlases == null ? Map.of() : Map.copyOf(atlases);
        }
    }

    /** One atlas's draft. */
    record SavedDraft(Map<String, String> title, Map<String, String> description, TourLevel level, int minutes,
                      List<DraftStep.Saved> steps) {
        SavedDraft {
            title = title == null ? Map.of() : Map.copyOf(title);
            description = description == null ? Map.of() : Map.copyOf(description);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    private final Remembered remembered;
    private final String atlasId;
    private final List<String> languages;
    private final Map<String, StringProperty> title = new LinkedHashMap<>();
    private final Map<String, StringProperty> description = new LinkedHashMap<>();
    private final ObjectProperty<TourLevel> level = new SimpleObjectProperty<>(this, "level", TourLevel.INTRODUCTORY);
    private final IntegerProperty minutes = new SimpleIntegerProperty(this, "minutes", DEFAULT_MINUTES);
    private final ObservableList<DraftStep> steps = FXCollections.observableArrayList(DraftStep::texts);
    private Subscription keeping = Subscription.EMPTY;

    TourDraft(Remembered remembered, String atlasId, List<String> languages) {
        this.remembered = remembered;
        this.atlasId = atlasId;
        this.languages = List.copyOf(languages);
        for (String language : languages) {
            title.put(language, new SimpleStringProperty(this, "title-" + language, ""));
            description.put(language, new SimpleStringProperty(this, "description-" + language, ""));
        }
        remembered.section(KEY, Saved.class).map(saved -> saved.atlases().get(atlasId)).ifPresent(this::restore);
        keepWhenChanged();
    }

    List<String> languages() {
        return languages;
    }

    StringProperty title(String language) {
        return title.get(language);
    }

    StringProperty description(String language) {
        return description.get(language);
    }

    ObjectProperty<TourLevel> levelProperty() {
        return level;
    }

    IntegerProperty minutesProperty() {
        return minutes;
    }

    /** The steps in order; the list reports changes of their texts too. */
    ObservableList<DraftStep> steps() {
        return steps;
    }

    /** Moves the step at {@code index} by {@code offset} places; false when it would leave the list. */
    boolean move(int index, int offset) {
        int target = index + offset;
        if (index < 0 || index >= steps.size() || target < 0 || target >= steps.size()) {
            return false;
        }
        DraftStep moved = steps.remove(index);
        steps.add(target, moved);
        return true;
    }

    boolean isEmpty() {
        return steps.isEmpty() && title.values().stream().allMatch(t -> t.get().isBlank())
                && description.values().stream().allMatch(t -> t.get().isBlank());
    }

    /** Empties the draft (after it was saved, or when the teacher discards it). */
    void clear() {
        keeping.unsubscribe();
        steps.clear();
        title.values().forEach(text -> text.set(""));
        description.values().forEach(text -> text.set(""));
        level.set(TourLevel.INTRODUCTORY);
        minutes.set(DEFAULT_MINUTES);
        keepWhenChanged();
        keep();
    }

    /**
     * What must still be done before the draft can be saved, as interface texts; empty when it can be. The loader's
     * rules that a draft can break are checked here: the number of steps, texts in every language, at least one
     * highlighted event per step, notes in every language or none. The loader checks the rest when it is saved.
     */
    List<String> missing(Function<String, String> languageName, MessageSource texts) {
        List<String> missing = new ArrayList<>();
        int count = steps.size();
        if (count < Tour.MIN_STEPS) {
            missing.add(texts.get("tours.editor.needSteps", Tour.MIN_STEPS - count, count, Tour.MIN_STEPS,
                    Tour.MAX_STEPS));
        } else if (count > Tour.MAX_STEPS) {
            missing.add(texts.get("tours.editor.tooManySteps", count - Tour.MAX_STEPS, Tour.MAX_STEPS));
        }
        for (String language : languages) {
            if (title.get(language).get().isBlank()) {
                missing.add(texts.get("tours.editor.needTitle", languageName.apply(language)));
            }
            if (description.get(language).get().isBlank()) {
                missing.add(texts.get("tours.editor.needDescription", languageName.apply(language)));
            }
        }
        for (int i = 0; i < count; i++) {
            DraftStep step = steps.get(i);
            int number = i + 1;
            if (step.highlight().eventIds().isEmpty()) {
                missing.add(texts.get("tours.editor.needEvent", i + 1));
            }
            for (String language : step.captionsMissing()) {
                missing.add(texts.get("tours.editor.needCaption", i + 1, languageName.apply(language)));
            }
            List<String> notesWritten = languages.stream().filter(l -> !step.notes(l).get().isBlank()).toList();
            if (!notesWritten.isEmpty() && notesWritten.size() < languages.size()) {
                languages.stream().filter(l -> !notesWritten.contains(l)).forEach(language ->
                        missing.add(texts.get("tours.editor.needNotes", number, languageName.apply(language))));
            }
        }
        return missing;
    }

    /** Interface texts with arguments, as {@code Messages.get}. */
    @FunctionalInterface
    interface MessageSource {
        String get(String key, Object... args);
    }

    /** The draft as a tour with {@code id}, whatever it still misses (to try it, or to save it once complete). */
    Tour tour(String id) {
        return new Tour(id, text(title), text(description), level.get(), Math.max(1, minutes.get()),
                steps.stream().map(DraftStep::step).toList());
    }

    /**
     * An id for the tour made from the English (else first-language) title: lower-case Latin letters and digits
     * joined by hyphens, "my-tour" when the title has none.
     */
    String suggestedId() {
        String source = title.containsKey("en") ? title.get("en").get() : title.values().iterator().next().get();
        String id = java.text.Normalizer.normalize(source, java.text.Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "my-tour" : id;
    }

    private static LocalizedText text(Map<String, StringProperty> texts) {
        Map<String, String> values = new LinkedHashMap<>();
        texts.forEach((language, text) -> values.put(language, text.get().strip()));
        return new LocalizedText(values);
    }

    private void restore(SavedDraft saved) {
        languages.forEach(language -> {
            title.get(language).set(saved.title().getOrDefault(language, ""));
            description.get(language).set(saved.description().getOrDefault(language, ""));
        });
        level.set(saved.level() == null ? TourLevel.INTRODUCTORY : saved.level());
        minutes.set(saved.minutes() > 0 ? saved.minutes() : DEFAULT_MINUTES);
        saved.steps().forEach(step -> steps.add(DraftStep.of(step, languages)));
    }

    private void keepWhenChanged() {
        List<Observable> all = new ArrayList<>(title.values());
        all.addAll(description.values());
        all.add(level);
        all.add(minutes);
        all.add(steps);
        javafx.beans.InvalidationListener listener = changed -> keep();
        all.forEach(observable -> observable.addListener(listener));
        keeping = () -> all.forEach(observable -> observable.removeListener(listener));
    }

    /** Writes the draft into the settings (or removes this atlas's draft once it is empty). */
    private void keep() {
        Map<String, SavedDraft> all = new HashMap<>(remembered.section(KEY, Saved.class)
                .map(Saved::atlases).orElse(Map.of()));
        if (isEmpty()) {
            if (all.remove(atlasId) == null) {
                return;
            }
        } else {
            all.put(atlasId, new SavedDraft(values(title), values(description), level.get(), minutes.get(),
                    steps.stream().map(DraftStep::saved).toList()));
        }
        if (all.isEmpty()) {
            remembered.forget(KEY);
        } else {
            remembered.remember(KEY, new Saved(all));
        }
    }

    private static Map<String, String> values(Map<String, StringProperty> texts) {
        Map<String, String> values = new LinkedHashMap<>();
        texts.forEach((language, text) -> values.put(language, text.get()));
        return values;
    }

    /** Stops keeping changes (when the editor goes with the explorer). */
    void dispose() {
        keeping.unsubscribe();
    }
}
