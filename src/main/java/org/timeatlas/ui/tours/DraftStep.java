package org.timeatlas.ui.tours;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Highlight;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.atlas.TourView;

/**
 * A step of a tour being written in the editor: the moment, the map view and the highlight are taken from the
 * explorer when the step is added and stay as they were; the caption and speaker notes, one text per atlas
 * language, are edited.
 */
final class DraftStep {

    /** A step as kept in the settings between sessions. */
    record Saved(LocalDateTime moment, boolean momentHasTime, Bounds view, List<String> territories,
                 List<String> events, List<String> movements, Map<String, String> caption, Map<String, String> notes) {
        Saved {
            territories = territories == null ? List.of() : List.copyOf(territories);
            events = events == null ? List.of() : List.copyOf(events);
            movements = movements == null ? List.of() : List.copyOf(movements);
            caption = caption == null ? Map.of() : Map.copyOf(caption);
            notes = notes == null ? Map.of() : Map.copyOf(notes);
        }
    }

    private final LocalDateTime moment;
    private final boolean momentHasTime;
    private final Bounds view;
    private final Highlight highlight;
    private final Map<String, StringProperty> caption = new LinkedHashMap<>();
    private final Map<String, StringProperty> notes = new LinkedHashMap<>();

    DraftStep(LocalDateTime moment, boolean momentHasTime, Bounds view, Highlight highlight, List<String> languages) {
        this.moment = moment;
        this.momentHasTime = momentHasTime;
        this.view = view;
        this.highlight = highlight;
        for (String language : languages) {
            caption.put(language, new SimpleStringProperty(this, "caption-" + language, ""));
            notes.put(language, new SimpleStringProperty(this, "notes-" + language, ""));
        }
    }

    static DraftStep of(Saved saved, List<String> languages) {
        DraftStep step = new DraftStep(saved.moment(), saved.momentHasTime(), saved.view(),
                new Highlight(saved.territories(), saved.events(), saved.movements()), languages);
        languages.forEach(language -> {
            step.caption(language).set(saved.caption().getOrDefault(language, ""));
            step.notes(language).set(saved.notes().getOrDefault(language, ""));
        });
        return step;
    }

    LocalDateTime moment() {
        return moment;
    }

    boolean momentHasTime() {
        return momentHasTime;
    }

    Bounds view() {
        return view;
    }

    Highlight highlight() {
        return highlight;
    }

    /** The caption in {@code language} (an atlas language), to edit. */
    StringProperty caption(String language) {
        return caption.get(language);
    }

    StringProperty notes(String language) {
        return notes.get(language);
    }

    /** Every text of the step, to observe for changes. */
    Observable[] texts() {
        return java.util.stream.Stream.concat(caption.values().stream(), notes.values().stream())
                .toArray(Observable[]::new);
    }

    /** Languages whose caption is still blank. */
    List<String> captionsMissing() {
        return caption.entrySet().stream().filter(e -> e.getValue().get().isBlank()).map(Map.Entry::getKey).toList();
    }

    Saved saved() {
        return new Saved(moment, momentHasTime, view, highlight.territoryIds(), highlight.eventIds(),
                highlight.movementIds(), values(caption), values(notes));
    }

    /** The step as the atlas has it; notes only when written in some language (blank ones are left out). */
    TourStep step() {
        Map<String, String> noteTexts = values(notes);
        boolean hasNotes = noteTexts.values().stream().anyMatch(text -> !text.isBlank());
        return new TourStep(moment, momentHasTime, new TourView(null, view), highlight,
                new LocalizedText(values(caption)), hasNotes ? new LocalizedText(noteTexts) : null, null, null,
                List.of());
    }

    private static Map<String, String> values(Map<String, StringProperty> texts) {
        Map<String, String> values = new LinkedHashMap<>();
        texts.forEach((language, text) -> values.put(language, text.get().strip()));
        return values;
    }
}
