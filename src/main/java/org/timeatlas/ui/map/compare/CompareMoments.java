package org.timeatlas.ui.map.compare;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timeatlas.atlas.AtlasInfo;
import org.timeatlas.atlas.FocusPeriod;

/**
 * The two days compare shows, each kept inside the atlas's span. By default the day before the fine days of the
 * atlas's first focus period and the day those fine days end (for the Georgia atlas, 6 August 2008, the day
 * before the war, and 13 August 2008, the day after the ceasefire); without a focus period, the span's first
 * and last days.
 */
final class CompareMoments {

    private final LocalDate first;
    private final LocalDate last;
    private final ObjectProperty<LocalDate> earlierDay = new SimpleObjectProperty<>(this, "first");
    private final ObjectProperty<LocalDate> laterDay = new SimpleObjectProperty<>(this, "second");

    CompareMoments(AtlasInfo info) {
        first = info.start().toLocalDate();
        last = info.end().minusMinutes(1).toLocalDate();
        Optional<FocusPeriod> focus = info.focusPeriods().stream().findFirst();
        LocalDate before = focus.map(p -> (p.fineFrom() != null ? p.fineFrom() : p.from()).toLocalDate().minusDays(1))
                .orElse(first);
        LocalDate after = focus.map(p -> (p.fineTo() != null ? p.fineTo() : p.to()).toLocalDate()).orElse(last);
        earlierDay.set(clamp(before));
        laterDay.set(clamp(after));
        earlierDay.addListener((obs, old, now) -> keepInside(earlierDay, old, now)); // its own properties
        laterDay.addListener((obs, old, now) -> keepInside(laterDay, old, now));
    }

    /** The first day shown (left); never null, inside the span. */
    ObjectProperty<LocalDate> firstProperty() {
        return earlierDay;
    }

    /** The second day shown (right); never null, inside the span. */
    ObjectProperty<LocalDate> secondProperty() {
        return laterDay;
    }

    /** Midnight at the start of {@code day}: the moment a day of compare stands for. */
    static LocalDateTime momentOf(LocalDate day) {
        return day.atStartOfDay();
    }

    void shiftFirst(int days) {
        earlierDay.set(clamp(earlierDay.get().plusDays(days)));
    }

    void shiftSecond(int days) {
        laterDay.set(clamp(laterDay.get().plusDays(days)));
    }

    private void keepInside(ObjectProperty<LocalDate> day, LocalDate old, LocalDate now) {
        LocalDate kept = now == null ? old : clamp(now);
        if (!kept.equals(now)) {
            day.set(kept);
        }
    }

    private LocalDate clamp(LocalDate day) {
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }
}
