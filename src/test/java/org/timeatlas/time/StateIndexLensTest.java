package org.timeatlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.IslandsWithExtras;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.LensSpan;
import org.timeatlas.atlas.Status;

/** The lens-aware lookups of {@link StateIndex} on the islands atlas with its "law" and "recognition" lenses. */
class StateIndexLensTest {

    @TempDir
    static Path temp;
    private static Atlas atlas;
    private static StateIndex index;

    @BeforeAll
    static void load() {
        atlas = IslandsWithExtras.load(temp);
        index = new StateIndex(atlas);
    }

    @Test
    void oneTerritoryHasThreeStatusesAtOneMomentInTheThreeLenses() {
        LocalDateTime moment = LocalDateTime.of(2000, 6, 9, 0, 0);
        assertEquals("south", status("west-isle", moment, Lens.CONTROL));
        assertEquals("law-north", status("west-isle", moment, "law"));
        assertEquals("rec-south", status("west-isle", moment, "recognition"));
    }

    @Test
    void theControlLensIsTheTerritoriesOwnHistory() {
        for (LocalDateTime moment = atlas.info().start(); moment.isBefore(atlas.info().end()); moment = moment.plusHours(7)) {
            for (String id : List.of("west-isle", "east-isle", "strait-zone")) {
                assertEquals(index.statusAt(id, moment), index.statusAt(id, moment, Lens.CONTROL), id + " " + moment);
            }
        }
    }

    @Test
    void aLensChangesExactlyAtItsSpanBoundary() {
        assertEquals("rec-none", status("west-isle", LocalDateTime.of(2000, 6, 8, 23, 59), "recognition"));
        assertEquals("rec-south", status("west-isle", LocalDateTime.of(2000, 6, 9, 0, 0), "recognition"));
        assertEquals(LocalDateTime.of(2000, 6, 9, 0, 0), index.nextChange(LocalDateTime.of(2000, 6, 1, 0, 0), "recognition")
                .orElseThrow());
        assertTrue(index.nextChange(LocalDateTime.of(2000, 6, 9, 0, 0), "recognition").isEmpty());
        assertEquals(LocalDateTime.of(2000, 6, 5, 0, 0), index.nextChange(LocalDateTime.of(2000, 6, 1, 0, 0), Lens.CONTROL)
                .orElseThrow(), "the control lens changes when the territories do");
    }

    @Test
    void anOverlayIsAbsentFromALensOutsideItsSpansOrWhereTheLensSaysNothing() {
        assertTrue(index.statusAt("strait-zone", LocalDateTime.of(2000, 6, 9, 23, 59), "law").isEmpty());
        assertEquals("law-truce", status("strait-zone", LocalDateTime.of(2000, 6, 10, 0, 0), "law"));
        assertTrue(index.statusAt("strait-zone", LocalDateTime.of(2000, 7, 1, 0, 0), "recognition").isEmpty());
    }

    @Test
    void aLensSpanCarriesItsNoteAndSources() {
        LensSpan span = index.lensSpanAt("east-isle", LocalDateTime.of(2000, 2, 1, 0, 0), "law").orElseThrow();
        assertEquals("Southern under every treaty.", span.note().get("en"));
        assertEquals("ch. 2", span.sources().get(0).section());
    }

    @Test
    void anUnknownLensOrTerritoryOrAMomentOutsideTheSpanGivesNothing() {
        assertTrue(index.statusAt("west-isle", LocalDateTime.of(2000, 6, 9, 0, 0), "no-such-lens").isEmpty());
        assertTrue(index.lensSpanAt("west-isle", LocalDateTime.of(2000, 6, 9, 0, 0), Lens.CONTROL).isEmpty(),
                "control spans come from spanAt");
        assertTrue(index.statusAt("north-isle", LocalDateTime.of(2000, 6, 9, 0, 0), "law").isEmpty());
        assertTrue(index.statusAt("west-isle", LocalDateTime.of(2001, 1, 1, 0, 0), "law").isEmpty());
        assertTrue(index.nextChange(LocalDateTime.of(2000, 1, 1, 0, 0), "no-such-lens").isEmpty());
    }

    @Test
    void theLensStatusIsTheLegendEntryOfThatLens() {
        Status status = index.statusAt("east-isle", LocalDateTime.of(2000, 6, 9, 0, 0), "recognition").orElseThrow();
        assertEquals(atlas.lens("recognition").orElseThrow().status("rec-south").orElseThrow(), status);
    }

    private static String status(String territory, LocalDateTime moment, String lens) {
        return index.statusAt(territory, moment, lens).map(Status::id).orElse(null);
    }
}
