package org.timeatlas.ui.panels;

import java.util.IdentityHashMap;
import java.util.Map;
import org.timeatlas.atlas.Event;
import org.timeatlas.i18n.Messages;
import org.timeatlas.ui.Texts;

/**
 * Each listed event's line of date and type ("8 August 2008, 00:30 · Military"), made once in the language shown
 * and kept for the events listed again. The list's rows are given new events on every step of the moment, and
 * its virtual flow fills a spare row too to measure each one; formatting the same dates again was ≈3 % of the FX
 * thread's time in a war step (async-profiler, 30 November). Forgotten when the language changes.
 */
final class EventMetaLines {

    private final Texts texts;
    private final Map<Event, String> lines = new IdentityHashMap<>();
    private Messages language;

    EventMetaLines(Texts texts) {
        this.texts = texts;
    }

    /** {@code event}'s date, type and, for a claim, the claim mark, in the language shown now. */
    String of(Event event) {
        Messages now = texts.current();
        if (now != language) {
            language = now;
            lines.clear();
        }
        return lines.computeIfAbsent(event, this::format);
    }

    private String format(Event event) {
        String kind = event.claim() ? "  · " + language.get("event.claim.short") : "";
        return EventText.when(event, language) + " · " + EventText.type(event, language) + kind;
    }
}
