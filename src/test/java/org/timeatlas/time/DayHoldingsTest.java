package org.timeatlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.DayHoldings.Holding;

class DayHoldingsTest {

    private final Atlas atlas = TestAtlases.islands();
    private final DayHoldings holdings = new DayHoldings(atlas, new StateIndex(atlas));

    @Test
    void aTerritoryWhoseStatusChangedThatDayIsListedWithItsStatusAtNight() {
        Map<String, Holding> on8th = byId(holdings.at(LocalDate.of(2000, 6, 8)));
        assertTrue(on8th.get("west-isle").changedThatDay(), "war until noon, then the South");
        assertEquals("south", on8th.get("west-isle").status().id());
        assertEquals("Southern council", on8th.get("west-isle").span().authority().get("en"));
    }

    @Test
    void aDayWithoutChangesListsOnlyTheTerritoriesOutsideTheUsualStatus() {
        Map<String, Holding> on6th = byId(holdings.at(LocalDate.of(2000, 6, 6)));
        assertTrue(on6th.values().stream().noneMatch(Holding::changedThatDay));
        // west-isle (war) and east-isle (south) tie; the first listed sets the usual status
        assertEquals(List.of("east-isle"), List.copyOf(on6th.keySet()));
    }

    @Test
    void aZoneAppearsOnTheDayItBegins() {
        Map<String, Holding> on10th = byId(holdings.at(LocalDate.of(2000, 6, 10)));
        assertTrue(on10th.get("strait-zone").changedThatDay());
        assertEquals("truce-zone", on10th.get("strait-zone").status().id());
        assertFalse(byId(holdings.at(LocalDate.of(2000, 6, 11))).containsKey("strait-zone"),
                "a zone that goes on unchanged is not repeated");
    }

    private static Map<String, Holding> byId(List<Holding> list) {
        return list.stream().collect(Collectors.toMap(h -> h.territory().id(), h -> h,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
