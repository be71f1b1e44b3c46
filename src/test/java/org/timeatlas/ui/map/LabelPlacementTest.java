package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.geo.ScreenBox;

class LabelPlacementTest {

    private static final ScreenBox MAP = new ScreenBox(0, 0, 400, 300);

    @Test
    void aHigherPriorityTakesThePlaceAndTheOtherMovesOrIsHiddenAndCounted() {
        ScreenBox spot = new ScreenBox(100, 100, 60, 14);
        ScreenBox elsewhere = new ScreenBox(100, 140, 60, 14);
        LabelPlacement.Result result = LabelPlacement.place(List.of(
                new LabelPlacement.Candidate("town", LabelPlacement.PRIORITY_PLACE + 3, List.of(spot), null),
                new LabelPlacement.Candidate("movement", LabelPlacement.PRIORITY_MOVEMENT, List.of(spot, elsewhere), null),
                new LabelPlacement.Candidate("highlighted", LabelPlacement.PRIORITY_HIGHLIGHT, List.of(spot), null)),
                MAP, List.of());
        assertEquals(List.of(new LabelPlacement.Placed("highlighted", spot),
                new LabelPlacement.Placed("movement", elsewhere)), result.placed());
        assertEquals(1, result.hidden(), "the town had nowhere to go");
    }

    @Test
    void namesKeepClearOfMarksAndTheEdgeAndADotMayNotLieUnderAName() {
        ScreenBox mark = new ScreenBox(200, 100, 20, 20);
        ScreenBox onMark = new ScreenBox(190, 105, 50, 12);
        ScreenBox cut = new ScreenBox(380, 10, 50, 12);
        ScreenBox free = new ScreenBox(20, 20, 50, 12);
        LabelPlacement.Result result = LabelPlacement.place(List.of(
                new LabelPlacement.Candidate("a", 1, List.of(onMark, cut, free), null),
                new LabelPlacement.Candidate("b", 2, List.of(new ScreenBox(20, 60, 50, 12)),
                        new ScreenBox(40, 25, 4, 4))),
                MAP, List.of(mark));
        assertEquals(List.of(new LabelPlacement.Placed("a", free)), result.placed(), "b's dot lies under a's name");
        assertEquals(1, result.hidden());
    }

    @Test
    void overlapsAreFoundInWhatWasDrawnButTouchingIsNotOverlapping() {
        List<String> found = LabelPlacement.overlaps(List.of("a", "b", "c"),
                List.of(new ScreenBox(0, 0, 10, 10), new ScreenBox(10, 0, 10, 10), new ScreenBox(5, 5, 10, 10)),
                List.of(new ScreenBox(30, 30, 5, 5)));
        assertEquals(List.of("a × c", "b × c"), found);
    }
}
