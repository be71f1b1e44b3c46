package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.DayHoldings;
import org.timeatlas.time.StateIndex;

/** The day card's "by the end of the day" on the embedded atlas names what was unusual, not everything. */
class WarDayHoldingsTest {

    private final Atlas atlas = TestAtlases.embedded();
    private final DayHoldings holdings = new DayHoldings(atlas, new StateIndex(atlas));

    @Test
    void twelfthAugustListsTheBreakawayAreasAndTheZonesHeldButNotTheRestOfGeorgia() {
        List<String> ids = ids(LocalDate.of(2008, 8, 12));
        assertTrue(ids.containsAll(List.of("abkhazia", "south-ossetia", "upper-kodori", "buffer-zone-west")), ids::toString);
        assertFalse(ids.contains("georgia-rest"), ids::toString);
        assertFalse(ids.contains("adjara"), ids::toString);
    }

    @Test
    void twentySecondAugustShowsGoriHandedBack() {
        List<String> ids = ids(LocalDate.of(2008, 8, 22));
        assertTrue(ids.contains("gori-zone-2008"), ids::toString);
    }

    private List<String> ids(LocalDate day) {
        return holdings.at(day).stream().map(h -> h.territory().id()).toList();
    }
}
