package org.timeatlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.AxisSegment;

class ScrubSnapTest {

    private final TimeAxis axis = new TimeAxis(List.of(
            new AxisSegment(LocalDateTime.parse("1989-01-01T00:00"), LocalDateTime.parse("2008-08-07T00:00"), 0.7),
            new AxisSegment(LocalDateTime.parse("2008-08-07T00:00"), LocalDateTime.parse("2008-08-13T00:00"), 0.3)));
    private final ScrubSnap snap = new ScrubSnap(axis);

    @Test
    void compressedYearsSnapToTheStartOfTheDay() {
        assertEquals(LocalDateTime.parse("1995-03-04T00:00"),
                snap.snap(LocalDateTime.parse("1995-03-04T17:41"), 1248));
    }

    @Test
    void wideDaysSnapToTheHourOnceAnHourIsTwoPixels() {
        // 0.3 of 1248 px over 6 days: an hour is 2.6 px
        assertEquals(LocalDateTime.parse("2008-08-09T17:00"),
                snap.snap(LocalDateTime.parse("2008-08-09T17:41"), 1248));
    }

    @Test
    void wideDaysSnapToTheDayWhenAnHourIsNarrowerThanTwoPixels() {
        // at 640 px an hour there is 1.3 px
        assertEquals(LocalDateTime.parse("2008-08-09T00:00"),
                snap.snap(LocalDateTime.parse("2008-08-09T17:41"), 640));
    }

    @Test
    void theEndOfTheAxisLandsOnTheLastDay() {
        assertEquals(LocalDateTime.parse("2008-08-12T00:00"),
                snap.snap(LocalDateTime.parse("2008-08-13T00:00"), 640));
    }
}
