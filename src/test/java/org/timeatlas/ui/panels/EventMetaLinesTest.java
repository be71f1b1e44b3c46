package org.timeatlas.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/** The event list's line of date and type is made once per event and language, and follows a change of language. */
class EventMetaLinesTest {

    private static final Atlas ATLAS = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();

    private static ExplorerState state() {
        LocalDateTime moment = LocalDateTime.of(2008, 8, 8, 0, 0);
        return new ExplorerState(moment.minusYears(20), moment.plusYears(1), moment, "en");
    }

    @Test
    void aLineIsWhatTheListWroteBeforeAndIsMadeOnce() {
        ExplorerState state = state();
        Texts texts = new Texts(state);
        EventMetaLines lines = new EventMetaLines(texts);
        for (Event event : ATLAS.events()) {
            String kind = event.claim() ? "  · " + texts.get("event.claim.short") : "";
            String expected = EventText.when(event, texts.current()) + " · " + EventText.type(event, texts.current())
                    + kind;
            String line = lines.of(event);
            assertEquals(expected, line, event.id());
            assertSame(line, lines.of(event), "asked again, the line is the one already made");
        }
    }

    @Test
    void aChangeOfLanguageGivesTheLinesInTheNewLanguage() {
        ExplorerState state = state();
        Texts texts = new Texts(state);
        EventMetaLines lines = new EventMetaLines(texts);
        Event claim = ATLAS.events().stream().filter(Event::claim).findFirst().orElseThrow();
        String english = lines.of(claim);
        assertTrue(english.endsWith("· claim"), english);

        state.setLanguage("hi");
        String hindi = lines.of(claim);
        assertTrue(hindi.endsWith("· दावा"), hindi);
        assertEquals(EventText.when(claim, texts.current()) + " · " + EventText.type(claim, texts.current())
                + "  · दावा", hindi);

        state.setLanguage("en");
        assertEquals(english, lines.of(claim));
    }
}
