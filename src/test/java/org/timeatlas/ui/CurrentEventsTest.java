package org.timeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;

/** The events near the moment change only when other events come near, never for a move among the same ones. */
class CurrentEventsTest {

    private static final Atlas ATLAS = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();

    @Test
    void findingTheSameEventsAgainChangesNothingAndAnotherDayReplacesThem() {
        ExplorerState state = new ExplorerState(ATLAS.info().start(), ATLAS.info().end(),
                LocalDateTime.of(2008, 8, 8, 6, 0), "en");
        CurrentEvents current = new CurrentEvents(new StateIndex(ATLAS), new TimeAxis(ATLAS.info().axis()), state);
        List<Event> before = List.copyOf(current.events());
        assertFalse(before.isEmpty(), "the atlas has events around 8 August 2008");
        List<String> changes = new ArrayList<>();
        current.events().addListener((ListChangeListener<Event>) change -> changes.add(change.toString()));

        // another filter that lets every event through: the same events are found again
        state.setEventFilter(event -> true);
        assertTrue(changes.isEmpty(), "the same events again fired " + changes);
        assertTrue(CurrentEvents.sameEvents(before, current.events()));

        state.setMoment(LocalDateTime.of(2008, 8, 12, 18, 0));
        assertFalse(changes.isEmpty(), "four days later the list changed");
        assertFalse(CurrentEvents.sameEvents(before, current.events()));
        current.dispose();
    }

    @Test
    void listsAreTheSameOnlyWithTheSameEventsInTheSameOrder() {
        Event first = ATLAS.events().get(0);
        Event second = ATLAS.events().get(1);
        assertTrue(CurrentEvents.sameEvents(List.of(first, second), List.of(first, second)));
        assertFalse(CurrentEvents.sameEvents(List.of(first, second), List.of(second, first)));
        assertFalse(CurrentEvents.sameEvents(List.of(first), List.of(first, second)));
        assertTrue(CurrentEvents.sameEvents(List.of(), List.of()));
    }
}
