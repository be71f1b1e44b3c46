package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.testing.TestAtlases;

/**
 * Who held each territory of the embedded Georgia atlas at the moments the content review of
 * 2026-11-29 (section 2) checked against the public record, and who led it then.
 */
class TerritoryStatusHistoryTest {

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    @Test
    void abkhaziaStayedInsideGeorgiaUntilTheBreakOfJuly1992() {
        assertStatus("abkhazia", "1989-07-15", "government");
        assertStatus("abkhazia", "1991-06-01", "government");
        assertStatus("abkhazia", "1992-06-30", "government");
        assertStatus("abkhazia", "1992-07-23", "autonomy");
        assertStatus("abkhazia", "1992-08-13", "autonomy");
        assertStatus("abkhazia", "1992-08-14", "contested");
        assertStatus("abkhazia", "1993-09-29", "contested");
        assertStatus("abkhazia", "1993-09-30", "separatist");
        assertStatus("abkhazia", "2008-08-26", "separatist");
    }

    @Test
    void abkhaziaShowsTheLeaderOfTheMomentArdzinbaThenBagapsh() {
        assertAuthorityNames("abkhazia", "1992-08-01", "Ardzinba", "Bagapsh");
        assertAuthorityNames("abkhazia", "2000-01-01", "Ardzinba", "Bagapsh");
        assertAuthorityNames("abkhazia", "2005-02-11", "Ardzinba", "Bagapsh");
        assertAuthorityNames("abkhazia", "2005-02-12", "Bagapsh", "Ardzinba");
        assertAuthorityNames("abkhazia", "2008-08-08", "Bagapsh", "Ardzinba");
        assertAuthorityNames("gali", "2008-08-08", "Bagapsh", "Ardzinba");
        assertAuthorityNames("upper-kodori", "2008-08-20", "Bagapsh", "Ardzinba");
    }

    @Test
    void galiStayedWithTbilisiUntilTheFallOfAbkhaziaIn1993() {
        assertStatus("gali", "1991-06-01", "government");
        assertStatus("gali", "1992-08-01", "government");
        assertStatus("gali", "1993-09-29", "government");
        assertStatus("gali", "1993-09-30", "separatist");
        assertStatus("gali", "1998-05-22", "contested");
        assertStatus("gali", "1998-05-27", "separatist");
        assertStatus("gali", "2008-08-20", "separatist");
    }

    @Test
    void upperKodoriStayedWithTbilisiUntilAugust2008() {
        assertStatus("upper-kodori", "1991-06-01", "government");
        assertStatus("upper-kodori", "1992-08-01", "government");
        assertStatus("upper-kodori", "2000-01-01", "government");
        assertStatus("upper-kodori", "2006-07-26", "contested");
        assertStatus("upper-kodori", "2007-06-01", "government");
        assertStatus("upper-kodori", "2008-08-10", "contested");
        assertStatus("upper-kodori", "2008-08-20", "separatist");
    }

    @Test
    void adjaraHadItsOwnRegimeFrom1992To2004ButNeverTheSeparatistStatus() {
        assertStatus("adjara", "1990-06-01", "government");
        assertStatus("adjara", "1991-06-01", "government");
        assertStatus("adjara", "1995-06-01", "regional-regime");
        assertStatus("adjara", "2000-01-01", "regional-regime");
        assertStatus("adjara", "2004-05-05", "regional-regime");
        assertStatus("adjara", "2004-06-01", "government");
        Territory adjara = atlas.territory("adjara").orElseThrow();
        assertTrue(adjara.history().stream().noneMatch(span -> span.statusId().equals("separatist")
                || span.statusId().equals("autonomy")), "Adjara is never shown like Abkhazia or South Ossetia");
        assertAuthorityNames("adjara", "1991-06-01", "Abashidze", "Saakashvili");
    }

    @Test
    void southOssetiaFromSovietOblastToTheWarOf2008() {
        assertStatus("south-ossetia", "1990-01-01", "government");
        assertStatus("south-ossetia", "1990-11-01", "autonomy");
        assertStatus("south-ossetia", "1991-06-01", "contested");
        assertStatus("south-ossetia", "1995-06-01", "separatist");
        assertStatus("south-ossetia", "2008-08-07T23:34", "separatist");
        assertStatus("south-ossetia", "2008-08-08", "contested");
        assertStatus("south-ossetia", "2008-08-20", "separatist");
        assertAuthorityNames("south-ossetia", "1995-06-01", "South Ossetia", "Kokoity");
        assertAuthorityNames("south-ossetia", "2005-06-01", "Kokoity", "Chibirov");
    }

    @Test
    void akhalgoriAndTheLiakhviVillagesWereLostInAugust2008() {
        assertStatus("akhalgori", "2008-08-10", "government");
        assertStatus("akhalgori", "2008-08-20", "separatist");
        assertStatus("liakhvi-villages", "2000-01-01", "government");
        assertStatus("liakhvi-villages", "2008-08-09", "contested");
        assertStatus("liakhvi-villages", "2008-08-20", "separatist");
        assertAuthorityNames("liakhvi-villages", "2008-01-01", "Sanakoyev", "Kokoity");
        assertAuthorityNames("liakhvi-villages", "2006-01-01", "Government of Georgia", "Sanakoyev");
    }

    @Test
    void theRestOfGeorgiaNamesItsLeaderOfTheMoment() {
        assertAuthorityNames("georgia-rest", "1992-02-01", "Military Council", "Shevardnadze");
        assertAuthorityNames("georgia-rest", "1995-06-01", "Shevardnadze", "Military Council");
        assertAuthorityNames("georgia-rest", "2007-12-01", "Burjanadze", "Saakashvili");
        assertAuthorityNames("georgia-rest", "2008-08-08", "Saakashvili", "Burjanadze");
    }

    @Test
    void theZonesHeldByRussianForcesIn2008() {
        assertStatus("gori-zone-2008", "2008-08-15", "russian-military");
        assertStatus("gori-zone-2008", "2008-08-23", "government");
        assertStatus("buffer-zone-gori", "2008-09-01", "russian-military");
        assertStatus("buffer-zone-gori", "2008-10-09", "government");
        assertStatus("buffer-zone-west", "2008-08-12", "russian-military");
        assertStatus("buffer-zone-west", "2008-10-10", "government");
    }

    @Test
    void potiAndSenakiHadCheckpointsAndRaidsNotAHeldTown() {
        assertStatus("poti-senaki", "2008-08-10", "government");
        assertStatus("poti-senaki", "2008-08-19", "russian-checkpoints");
        assertStatus("poti-senaki", "2008-09-14", "government");
        assertTrue(atlas.territory("poti-senaki").orElseThrow().history().stream()
                .noneMatch(span -> span.statusId().equals("russian-military")), "Poti was raided, not held");
    }

    @Test
    void pereviKeptARussianCheckpointAfterTheOctoberWithdrawal() {
        assertStatus("perevi", "2008-08-01", "government");
        assertStatus("perevi", "2008-10-15", "russian-checkpoints");
        assertStatus("perevi", "2008-11-10", "separatist");
        assertStatus("perevi", "2008-11-20", "russian-checkpoints");
        assertStatus("perevi", "2008-12-31", "russian-checkpoints");
        assertStatus("georgia-rest", "2008-11-20", "government");
    }

    private static void assertStatus(String territoryId, String moment, String statusId) {
        assertEquals(statusId, span(territoryId, moment).statusId(), territoryId + " at " + moment);
    }

    /** The authority at {@code moment} names {@code present} (in English) and not {@code absent}. */
    private static void assertAuthorityNames(String territoryId, String moment, String present, String absent) {
        String authority = span(territoryId, moment).authority().get("en");
        assertTrue(authority.contains(present), territoryId + " at " + moment + ": " + authority);
        assertFalse(authority.contains(absent), territoryId + " at " + moment + ": " + authority);
    }

    private static StatusSpan span(String territoryId, String moment) {
        Territory territory = atlas.territory(territoryId).orElseThrow(() -> new AssertionError("no " + territoryId));
        LocalDateTime at = moment.length() == 10 ? LocalDateTime.parse(moment + "T00:00") : LocalDateTime.parse(moment);
        return territory.spanAt(at).orElseThrow(() -> new AssertionError(territoryId + " has no span at " + moment));
    }
}
