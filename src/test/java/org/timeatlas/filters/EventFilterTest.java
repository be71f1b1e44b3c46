package org.timeatlas.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.io.AtlasLoader;

class EventFilterTest {

    private static final List<Event> EVENTS =
            AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().map(Atlas::events).orElseThrow();

    @Test
    void theDefaultShowsEveryEvent() {
        assertTrue(EventFilter.ALL.showsAll());
        assertEquals(0, EventFilter.ALL.hiddenAmong(EVENTS));
    }

    @Test
    void hidingClaimsHidesExactlyTheClaims() {
        EventFilter noClaims = EventFilter.ALL.withClaims(false);
        long claims = EVENTS.stream().filter(Event::claim).count();
        assertTrue(claims > 10, "the atlas has claims: " + claims);
        assertEquals(claims, noClaims.hiddenAmong(EVENTS));
        assertTrue(EVENTS.stream().filter(noClaims).noneMatch(Event::claim));
        assertEquals(EVENTS.size() - claims, EventFilter.ALL.withFacts(false).hiddenAmong(EVENTS));
    }

    @Test
    void typeImportanceAndClaimantCombine() {
        EventFilter filter = EventFilter.ALL.withType(EventType.MILITARY, false).withMinImportance(2)
                .withClaimant("Government of Georgia", false);
        for (Event event : EVENTS) {
            boolean expected = event.type() != EventType.MILITARY && event.importance() >= 2
                    && !"Government of Georgia".equals(EventFilter.claimantOf(event));
            assertEquals(expected, filter.test(event), event.id());
        }
        assertEquals(EventFilter.ALL, filter.withType(EventType.MILITARY, true).withMinImportance(1)
                .withClaimant("Government of Georgia", true), "undoing every choice gives the default back");
        assertEquals(3, EventFilter.ALL.withMinImportance(7).minImportance(), "importance is kept in 1–3");
    }

    @Test
    void aFilterIsWrittenAndReadBackAsJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        EventFilter filter = EventFilter.ALL.withClaims(false).withType(EventType.ECONOMIC, false)
                .withClaimant("Government of Russia", false);
        String written = json.writeValueAsString(filter);
        assertEquals(filter, json.readValue(written, EventFilter.class), written);
        assertFalse(written.contains("showsAll"), "only the choices are written: " + written);
    }
}
