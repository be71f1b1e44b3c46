package org.timeatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final ScreenBox VIEWPORT = new ScreenBox(0, 0, 400, 300);
    private final LabelPlacer placer = new LabelPlacer(2);

    @Test
    void placedLabelsNeverOverlapEvenWhenCrowded() {
        Random random = new Random(42);
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double x = random.nextDouble() * 380;
            double y = random.nextDouble() * 280;
            candidates.add(new LabelPlacer.Candidate("l" + i, 1 + random.nextInt(3), List.of(
                    new ScreenBox(x + 4, y - 6, 50, 12), new ScreenBox(x - 54, y - 6, 50, 12))));
        }
        List<LabelPlacer.Placed> placed = placer.place(candidates, VIEWPORT, List.of());
        assertTrue(placed.size() > 10, "some labels fit");
        assertTrue(placed.size() < 300, "not all labels fit");
        for (int i = 0; i < placed.size(); i++) {
            assertTrue(placed.get(i).box().inside(VIEWPORT));
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().overlaps(placed.get(j).box()),
                        placed.get(i) + " overlaps " + placed.get(j));
            }
        }
    }

    @Test
    void lowerRankNumberWinsAClash() {
        ScreenBox same = new ScreenBox(100, 100, 60, 14);
        List<LabelPlacer.Placed> placed = placer.place(List.of(
                new LabelPlacer.Candidate("village", 3, List.of(same)),
                new LabelPlacer.Candidate("capital", 1, List.of(same))), VIEWPORT, List.of());
        assertEquals(List.of("capital"), placed.stream().map(LabelPlacer.Placed::id).toList());
    }

    @Test
    void aLabelTakesItsNextPositionWhenTheFirstIsTaken() {
        List<LabelPlacer.Placed> placed = placer.place(List.of(
                new LabelPlacer.Candidate("a", 1, List.of(new ScreenBox(100, 100, 60, 14))),
                new LabelPlacer.Candidate("b", 2, List.of(new ScreenBox(110, 100, 60, 14),
                        new ScreenBox(110, 130, 60, 14)))), VIEWPORT, List.of());
        assertEquals(2, placed.size());
        assertEquals(1, placed.get(1).position());
    }

    @Test
    void labelsKeepClearOfObstaclesAndOfTheEdges() {
        List<LabelPlacer.Placed> placed = placer.place(List.of(
                new LabelPlacer.Candidate("under-legend", 1, List.of(new ScreenBox(10, 250, 60, 14))),
                new LabelPlacer.Candidate("off-edge", 1, List.of(new ScreenBox(380, 10, 60, 14))),
                new LabelPlacer.Candidate("free", 1, List.of(new ScreenBox(200, 100, 60, 14)))),
                VIEWPORT, List.of(new ScreenBox(0, 200, 120, 100)));
        assertEquals(List.of("free"), placed.stream().map(LabelPlacer.Placed::id).toList());
    }

    @Test
    void aLabelIsDroppedWhenItsMarkLiesUnderAnotherLabelButNotUnderAnObstacle() {
        ScreenBox dot = new ScreenBox(100, 100, 4, 4);
        List<LabelPlacer.Placed> placed = placer.place(List.of(
                new LabelPlacer.Candidate("big", 1, List.of(new ScreenBox(90, 95, 80, 14))),
                new LabelPlacer.Candidate("hidden-dot", 2, List.of(new ScreenBox(200, 200, 30, 14)), dot),
                new LabelPlacer.Candidate("dot-under-event", 2, List.of(new ScreenBox(320, 40, 30, 14)),
                        new ScreenBox(300, 40, 4, 4))),
                VIEWPORT, List.of(new ScreenBox(296, 36, 12, 12)));
        assertEquals(List.of("big", "dot-under-event"), placed.stream().map(LabelPlacer.Placed::id).toList());
    }

    @Test
    void softObstaclesAreAvoidedWhenPossibleButNeverHideALabel() {
        ScreenBox mark = new ScreenBox(100, 100, 20, 20);
        List<LabelPlacer.Placed> placed = placer.place(List.of(
                new LabelPlacer.Candidate("moves-aside", 1, List.of(new ScreenBox(105, 105, 40, 12),
                        new ScreenBox(200, 105, 40, 12))),
                new LabelPlacer.Candidate("stays", 1, List.of(new ScreenBox(95, 95, 40, 12)))),
                VIEWPORT, List.of(), List.of(mark));
        assertEquals(List.of("moves-aside", "stays"), placed.stream().map(LabelPlacer.Placed::id).toList());
        assertEquals(1, placed.get(0).position());
    }

    @Test
    void whenEveryPositionTouchesAMarkTheLeastCoveredIsTaken() {
        List<LabelPlacer.Placed> placed = placer.place(List.of(
                new LabelPlacer.Candidate("squeezed", 1, List.of(new ScreenBox(100, 100, 40, 12),
                        new ScreenBox(30, 100, 40, 12)))),
                VIEWPORT, List.of(), List.of(new ScreenBox(90, 95, 30, 20), new ScreenBox(65, 100, 10, 10)));
        assertEquals(1, placed.get(0).position());
    }
}
