package org.timeatlas.ui.panels;

import java.util.Locale;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Event;
import org.timeatlas.i18n.Messages;

/** How an event's date, type and kind read in the interface language. */
public final class EventText {

    private EventText() {
    }

    /** "8 August 2008, 00:30" with "approx." or "month only" where the date is uncertain. */
    public static String when(Event event, Messages messages) {
        String start = event.certainty() == Certainty.MONTH
                ? messages.month(event.start().toLocalDate())
                : messages.moment(event.start(), event.startHasTime());
        String text = event.end() == null ? start
                : messages.get("event.range", start, messages.moment(event.end(), event.end().getHour() != 0
                        || event.end().getMinute() != 0));
        return event.certainty() == Certainty.APPROXIMATE ? messages.get("event.approximately", text) : text;
    }

    public static String certainty(Event event, Messages messages) {
        return messages.get("certainty." + event.certainty().name().toLowerCase(Locale.ROOT));
    }

    public static String type(Event event, Messages messages) {
        return messages.get("type." + event.type().name().toLowerCase(Locale.ROOT));
    }
}
