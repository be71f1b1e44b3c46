package org.timeatlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.testing.TestAtlases;

class FocusStepsTest {

    /** The islands' strait war: [06-02, 06-11), fine range [06-05, 06-09) in 6-hour steps. */
    private final FocusPeriod period = TestAtlases.islands().info().focusPeriods().get(0);
    private final FocusSteps steps = new FocusSteps(period);

    @Test
    void forwardStepsAreDaysOutsideTheFineRangeAndSixHoursInsideIt() {
        List<LocalDateTime> visited = new ArrayList<>();
        LocalDateTime moment = period.from();
        for (int i = 0; i < 30; i++) {
            visited.add(moment);
            moment = steps.step(moment, 1);
        }
        assertEquals(at(2, 0), visited.get(0));
        assertEquals(at(3, 0), visited.get(1));
        assertEquals(at(5, 0), visited.get(3), "a day step lands on the fine range's start");
        assertEquals(at(5, 6), visited.get(4));
        assertEquals(at(8, 18), visited.get(18));
        assertEquals(at(9, 0), visited.get(19), "the fine range ends on its grid");
        assertEquals(at(10, 0), visited.get(20));
        assertEquals(at(10, 0), visited.get(29), "the last day of the period is as far as steps go");
    }

    @Test
    void backStepsRetraceTheForwardOnes() {
        LocalDateTime moment = at(10, 0);
        List<LocalDateTime> back = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            moment = steps.step(moment, -1);
            back.add(moment);
        }
        assertEquals(at(9, 0), back.get(0));
        assertEquals(at(8, 18), back.get(1));
        assertEquals(at(5, 0), back.get(16));
        assertEquals(at(4, 0), back.get(17));
        assertEquals(at(2, 0), back.get(23), "steps stop at the period's start");
    }

    @Test
    void aMomentBetweenGridPointsStepsToTheNeighbouringOnes() {
        assertEquals(at(6, 12), steps.step(LocalDateTime.of(2000, 6, 6, 7, 30), 1));
        assertEquals(at(6, 6), steps.step(LocalDateTime.of(2000, 6, 6, 7, 30), -1));
        assertEquals(at(3, 0), steps.step(LocalDateTime.of(2000, 6, 3, 15, 0), -1));
    }

    @Test
    void theFocusAxisGivesTheFineRangeMostOfItsWidth() {
        TimeAxis axis = FocusAxes.of(period);
        assertEquals(period.from(), axis.start());
        assertEquals(period.to(), axis.end());
        double fine = axis.positionOf(period.fineTo()) - axis.positionOf(period.fineFrom());
        assertEquals(FocusAxes.FINE_SHARE, fine, 1e-9);
        assertEquals(3.0 / 5 * (1 - FocusAxes.FINE_SHARE), axis.positionOf(period.fineFrom()), 1e-9,
                "the three days before the fine range and the two after share the rest by length");
    }

    private static LocalDateTime at(int day, int hour) {
        return LocalDateTime.of(2000, 6, day, hour, 0);
    }
}
