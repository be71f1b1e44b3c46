package org.timeatlas.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.TourPlayback;

/** A tour on the embedded atlas: each step sets the moment, the view and the highlight; the ends hold. */
class TourPlaybackTest {

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    private ExplorerState state() {
        return new ExplorerState(atlas.info().start(), atlas.info().end(), atlas.info().start(), "en");
    }

    @Test
    void everyStepOfEveryTourIsAppliedToTheState() {
        ExplorerState state = state();
        TourPlayback playback = new TourPlayback(atlas.tours(), state);
        assertTrue(atlas.tours().size() >= 9, "tours: " + atlas.tours().size());
        for (Tour tour : atlas.tours()) {
            playback.start(tour, 0);
            int steps = 1;
            do {
                TourStep step = playback.position().orElseThrow().current();
                assertEquals(step.moment(), state.moment(), tour.id() + " step " + steps);
                assertEquals(step.view().bounds(), state.viewRequestProperty().get().box(), tour.id());
                assertEquals(step.highlight(), state.highlightProperty().get(), tour.id());
            } while (playback.next() && ++steps > 0);
            assertEquals(tour.steps().size(), steps, tour.id());
            assertTrue(playback.position().orElseThrow().isLast());
        }
    }

    @Test
    void previousStopsAtTheFirstStepAndStopClearsTheHighlight() {
        ExplorerState state = state();
        TourPlayback playback = new TourPlayback(atlas.tours(), state);
        Tour tour = atlas.tours().get(0);
        playback.start(tour, 2);
        assertTrue(playback.previous());
        assertTrue(playback.previous());
        assertFalse(playback.previous());
        assertEquals(0, playback.position().orElseThrow().step());
        assertTrue(playback.goTo(tour.steps().size() - 1));
        assertFalse(playback.goTo(tour.steps().size()));
        playback.stop();
        assertFalse(playback.isRunning());
        assertNull(state.highlightProperty().get());
        assertFalse(playback.next());
    }

    @Test
    void theNoSpoilerHorizonAndTheFilterTogetherDecideWhichEventsAreShown() {
        ExplorerState state = state();
        var war = atlas.events().stream().filter(e -> e.start().getYear() == 2008).findFirst().orElseThrow();
        var early = atlas.events().get(0);
        assertTrue(state.shownEventsProperty().get().test(war));
        state.setRevealUntil(war.start().minusDays(1));
        assertFalse(state.shownEventsProperty().get().test(war));
        assertTrue(state.shownEventsProperty().get().test(early));
        state.setEventFilter(e -> e != early);
        assertFalse(state.shownEventsProperty().get().test(early));
        state.setRevealUntil(null);
        assertTrue(state.shownEventsProperty().get().test(war));
        state.setEventFilter(null);
        assertTrue(state.shownEventsProperty().get().test(early));
    }
}
