package org.timeatlas.ui.presentation;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.i18n.Messages;

/**
 * What the caption band says: a tour step's caption, or, presenting the explorer itself, the title of the event
 * shown (the selected one if it is among the current events, else the most important of them, the latest on a
 * tie); and the date. A date is shown with its time of day only when the time is known: a step given as a date, or
 * an event known only to the day, is never shown as if at 00:00 or at the time the clicker stopped at.
 *
 * @param text the caption, "" when there is nothing to say
 * @param date the date (and time, when known) in the language of the messages
 */
record Caption(String text, String date) {

    /** The caption of a tour step. */
    static Caption ofStep(TourStep step, Messages messages) {
        return new Caption(step.caption().get(messages.language()), messages.moment(step.moment(), step.momentHasTime()));
    }

    /** The caption while presenting the explorer at {@code moment} without a tour. */
    static Caption ofMoment(LocalDateTime moment, List<Event> current, String selectedId, Messages messages) {
        Optional<Event> shown = shownEvent(current, selectedId);
        boolean clockKnown = shown.map(event -> event.startHasTime() && event.start().equals(moment))
                .orElse(!moment.toLocalTime().equals(LocalTime.MIDNIGHT));
        return new Caption(shown.map(event -> event.title().get(messages.language())).orElse(""),
                messages.moment(moment, clockKnown));
    }

    /** The event the band names: the selected one if current, else the most important current one. */
    static Optional<Event> shownEvent(List<Event> current, String selectedId) {
        Optional<Event> selected = current.stream().filter(event -> event.id().equals(selectedId)).findFirst();
        return selected.or(() -> current.stream().max(Comparator.comparingInt(Event::importance)
                .thenComparing(Event::start)));
    }
}
