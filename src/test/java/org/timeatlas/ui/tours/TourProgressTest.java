package org.timeatlas.ui.tours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A student's progress through the tours, kept per atlas through the settings' JSON. */
class TourProgressTest {

    private final TourDraftTest.JsonRemembered remembered = new TourDraftTest.JsonRemembered();

    @Test
    void theStepLeftOffIsKeptAndReachingTheLastStepFinishesTheTour() {
        TourProgress progress = new TourProgress(remembered, "georgia");
        assertTrue(progress.leftOff().isEmpty());
        progress.at("five-days", 4, false);
        TourProgress later = new TourProgress(remembered, "georgia");
        assertEquals("five-days", later.leftOff().orElseThrow().tour());
        assertEquals(4, later.leftOff().orElseThrow().step());
        assertFalse(later.isFinished("five-days"));
        later.at("five-days", 18, true);
        later.clearLeftOff();
        TourProgress after = new TourProgress(remembered, "georgia");
        assertTrue(after.leftOff().isEmpty(), "a tour ended at its last step leaves nothing to resume");
        assertTrue(after.isFinished("five-days"));
    }

    @Test
    void eachAtlasHasItsOwnProgress() {
        new TourProgress(remembered, "georgia").at("overview", 2, false);
        TourProgress islands = new TourProgress(remembered, "islands");
        assertTrue(islands.leftOff().isEmpty());
        islands.at("strait-war", 7, true);
        assertEquals(List.of("strait-war"), new TourProgress(remembered, "islands").progressProperty().get().finished());
        assertEquals("overview", new TourProgress(remembered, "georgia").leftOff().orElseThrow().tour(),
                "another atlas's progress is kept as it was");
    }
}
