package org.timeatlas.ui.tours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.timeatlas.ui.feature.Remembered;

/**
 * What a student has done with the tours of one atlas, kept between sessions in the settings section
 * {@value #KEY}: the tour and step where they left off (to resume), and which tours they finished (reached the last
 * step of). Each atlas, named by its id, has its own progress; other atlases' progress is kept as it was.
 */
final class TourProgress {

    /** The settings section. */
    static final String KEY = "tours";

    /** The section: progress by atlas id. */
    record Saved(Map<String, AtlasProgress> atlases) {
        Saved {
            atlases = atlases == null ? Map.of() : Map.copyOf(atlases);
        }
    }

    /**
     * One atlas's progress.
     *
     * @param tour     the id of the tour left off, or null when none is to be resumed
     * @param step     the step left off at, from 0
     * @param finished ids of the tours the student reached the end of, in the order finished
     */
    record AtlasProgress(String tour, int step, List<String> finished) {
        AtlasProgress {
            finished = finished == null ? List.of() : List.copyOf(finished);
        }
    }

    private final Remembered remembered;
    private final String atlasId;
    private final ReadOnlyObjectWrapper<AtlasProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");

    TourProgress(Remembered remembered, String atlasId) {
        this.remembered = remembered;
        this.atlasId = atlasId;
        progress.set(saved().atlases().getOrDefault(atlasId, new AtlasProgress(null, 0, List.of())));
    }

    /** This atlas's progress now; never null. */
    ReadOnlyObjectProperty<AtlasProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The tour and step left off, if any. */
    Optional<AtlasProgress> leftOff() {
        return Optional.of(progress.get()).filter(p -> p.tour() != null);
    }

    boolean isFinished(String tourId) {
        return progress.get().finished().contains(tourId);
    }

    /** Remembers that the student is at {@code step} (from 0) of {@code tourId}; the last step also finishes it. */
    void at(String tourId, int step, boolean last) {
        List<String> finished = new ArrayList<>(progress.get().finished());
        if (last && !finished.contains(tourId)) {
            finished.add(tourId);
        }
        store(new AtlasProgress(tourId, step, finished));
    }

    /** Nothing is left to resume (the student ended a tour at its last step, or chose not to resume). */
    void clearLeftOff() {
        if (progress.get().tour() != null) {
            store(new AtlasProgress(null, 0, progress.get().finished()));
        }
    }

    private void store(AtlasProgress now) {
        if (now.equals(progress.get())) {
            return;
        }
        progress.set(now);
        Map<String, AtlasProgress> all = new HashMap<>(saved().atlases());
        all.put(atlasId, now);
        remembered.remember(KEY, new Saved(all));
    }

    private Saved saved() {
        return remembered.section(KEY, Saved.class).orElse(new Saved(Map.of()));
    }
}
