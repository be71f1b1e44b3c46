package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.testing.TestAtlases;

/**
 * Who held each territory of the embedded Georgia atlas at the moments the content review of
 * 2026-11-29 (section 2) checked against the public record, and who led it then. Each row is one moment
 * ({@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:MM}) of one territory.
 */
class TerritoryStatusHistoryTest {

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(textBlock = """
            # Abkhazia stayed inside Georgia until the break of July 1992
            abkhazia, 1989-07-15, government
            abkhazia, 1991-06-01, government
            abkhazia, 1992-06-30, government
            abkhazia, 1992-07-23, autonomy
            abkhazia, 1992-08-13, autonomy
            abkhazia, 1992-08-14, contested
            abkhazia, 1993-09-29, contested
            abkhazia, 1993-09-30, separatist
            abkhazia, 2008-08-26, separatist
            # Gali stayed with Tbilisi until the fall of Abkhazia in 1993
            gali, 1991-06-01, government
            gali, 1992-08-01, government
            gali, 1993-09-29, government
            gali, 1993-09-30, separatist
            gali, 1998-05-22, contested
            gali, 1998-05-27, separatist
            gali, 2008-08-20, separatist
            # the upper Kodori stayed with Tbilisi until August 2008
            upper-kodori, 1991-06-01, government
            upper-kodori, 1992-08-01, government
            upper-kodori, 2000-01-01, government
            upper-kodori, 2006-07-26, contested
            upper-kodori, 2007-06-01, government
            upper-kodori, 2008-08-10, contested
            upper-kodori, 2008-08-20, separatist
            # Adjara had its own regime from 1992 to 2004
            adjara, 1990-06-01, government
            adjara, 1991-06-01, government
            adjara, 1995-06-01, regional-regime
            adjara, 2000-01-01, regional-regime
            adjara, 2004-05-05, regional-regime
            adjara, 2004-06-01, government
            # South Ossetia from Soviet oblast to the war of 2008
            south-ossetia, 1990-01-01, government
            south-ossetia, 1990-11-01, autonomy
            south-ossetia, 1991-06-01, contested
            south-ossetia, 1995-06-01, separatist
            south-ossetia, 2008-08-07T23:34, separatist
            south-ossetia, 2008-08-08, contested
            south-ossetia, 2008-08-20, separatist
            # Akhalgori and the Liakhvi villages were lost in August 2008
            akhalgori,        2008-08-10, government
            akhalgori,        2008-08-20, separatist
            liakhvi-villages, 2000-01-01, government
            liakhvi-villages, 2008-08-09, contested
            liakhvi-villages, 2008-08-20, separatist
            # the zones held by Russian forces in 2008
            gori-zone-2008,   2008-08-15, russian-military
            gori-zone-2008,   2008-08-23, government
            buffer-zone-gori, 2008-09-01, russian-military
            buffer-zone-gori, 2008-10-09, government
            buffer-zone-west, 2008-08-12, russian-military
            buffer-zone-west, 2008-10-10, government
            # Poti and Senaki had checkpoints and raids
            poti-senaki, 2008-08-10, government
            poti-senaki, 2008-08-19, russian-checkpoints
            poti-senaki, 2008-09-14, government
            # Perevi kept a Russian checkpoint after the October withdrawal
            perevi,       2008-08-01, government
            perevi,       2008-10-15, russian-checkpoints
            perevi,       2008-11-10, separatist
            perevi,       2008-11-20, russian-checkpoints
            perevi,       2008-12-31, russian-checkpoints
            georgia-rest, 2008-11-20, government
            """)
    void theStatusAtTheMoment(String territory, String moment, String status) {
        assertEquals(status, span(territory, moment).statusId(), territory + " at " + moment);
    }

    @Test
    void adjaraNeverHadTheSeparatistStatus() {
        Territory adjara = atlas.territory("adjara").orElseThrow();
        assertTrue(adjara.history().stream().noneMatch(span -> span.statusId().equals("separatist")
                || span.statusId().equals("autonomy")), "Adjara is never shown like Abkhazia or South Ossetia");
    }

    @Test
    void potiAndSenakiWereNeverAHeldTown() {
        assertTrue(atlas.territory("poti-senaki").orElseThrow().history().stream()
                .noneMatch(span -> span.statusId().equals("russian-military")), "Poti was raided, not held");
    }

    /** The authority at the moment names the leader of the moment (in English) and not the one before or after. */
    @ParameterizedTest(name = "{0} at {1}: {2}, not {3}")
    @CsvSource(textBlock = """
            # Abkhazia: Ardzinba, then Bagapsh
            abkhazia,         1992-08-01, Ardzinba,               Bagapsh
            abkhazia,         2000-01-01, Ardzinba,               Bagapsh
            abkhazia,         2005-02-11, Ardzinba,               Bagapsh
            abkhazia,         2005-02-12, Bagapsh,                Ardzinba
            abkhazia,         2008-08-08, Bagapsh,                Ardzinba
            gali,             2008-08-08, Bagapsh,                Ardzinba
            upper-kodori,     2008-08-20, Bagapsh,                Ardzinba
            # Adjara
            adjara,           1991-06-01, Abashidze,              Saakashvili
            # South Ossetia and the villages Tbilisi held
            south-ossetia,    1995-06-01, South Ossetia,          Kokoity
            south-ossetia,    2005-06-01, Kokoity,                Chibirov
            liakhvi-villages, 2008-01-01, Sanakoyev,              Kokoity
            liakhvi-villages, 2006-01-01, Government of Georgia,  Sanakoyev
            # the rest of Georgia
            georgia-rest,     1992-02-01, Military Council,       Shevardnadze
            georgia-rest,     1995-06-01, Shevardnadze,           Military Council
            georgia-rest,     2007-12-01, Burjanadze,             Saakashvili
            georgia-rest,     2008-08-08, Saakashvili,            Burjanadze
            """)
    void theAuthorityNamesTheLeaderOfTheMoment(String territory, String moment, String present, String absent) {
        String authority = span(territory, moment).authority().get("en");
        assertTrue(authority.contains(present), territory + " at " + moment + ": " + authority);
        assertFalse(authority.contains(absent), territory + " at " + moment + ": " + authority);
    }

    private static StatusSpan span(String territoryId, String moment) {
        Territory territory = atlas.territory(territoryId).orElseThrow(() -> new AssertionError("no " + territoryId));
        LocalDateTime at = moment.length() == 10 ? LocalDateTime.parse(moment + "T00:00") : LocalDateTime.parse(moment);
        return territory.spanAt(at).orElseThrow(() -> new AssertionError(territoryId + " has no span at " + moment));
    }
}
