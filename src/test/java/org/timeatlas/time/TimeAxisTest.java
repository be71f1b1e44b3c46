package org.timeatlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.AxisSegment;

class TimeAxisTest {

    /** The segments of the embedded atlas's axis (maps/georgia-1991-2008/atlas.json). */
    static final List<AxisSegment> GEORGIA = List.of(
            segment("1989-01-01", "2008-01-01", 0.53),
            segment("2008-01-01", "2008-08-01", 0.07),
            segment("2008-08-01", "2008-08-07", 0.07),
            segment("2008-08-07", "2008-08-13", 0.20),
            segment("2008-08-13", "2008-09-01", 0.07),
            segment("2008-09-01", "2009-01-01", 0.06));

    private final TimeAxis axis = new TimeAxis(GEORGIA);

    @Test
    void positionAndMomentRoundTripToTheMinute() {
        for (LocalDateTime moment = LocalDateTime.of(1989, 1, 1, 0, 0); moment.isBefore(LocalDateTime.of(2009, 1, 1, 0, 0));
             moment = moment.plusHours(97).plusMinutes(13)) {
            LocalDateTime back = axis.momentAt(axis.positionOf(moment));
            assertTrue(Math.abs(java.time.Duration.between(moment, back).toMinutes()) <= 1, moment + " came back as " + back);
        }
    }

    @Test
    void segmentBoundariesLandOnTheirShares() {
        assertEquals(0.0, axis.positionOf(day("1989-01-01")), 1e-12);
        assertEquals(0.53, axis.positionOf(day("2008-01-01")), 1e-9);
        assertEquals(0.67, axis.positionOf(day("2008-08-07")), 1e-9);
        assertEquals(0.87, axis.positionOf(day("2008-08-13")), 1e-9);
        assertEquals(1.0, axis.positionOf(day("2009-01-01")), 1e-12);
    }

    @Test
    void inA1280PixelWindowEachWarDayIsAtLeast30PixelsAndEveryYearAtLeast25() {
        double axisPixels = 1280 - 2 * 20; // the timeline keeps a margin at both ends
        for (int d = 7; d <= 12; d++) {
            LocalDateTime start = LocalDate.of(2008, 8, d).atStartOfDay();
            double width = (axis.positionOf(start.plusDays(1)) - axis.positionOf(start)) * axisPixels;
            assertTrue(width >= 30, d + " August is " + width + " px");
        }
        for (int year = 1989; year <= 2008; year++) {
            double width = (axis.positionOf(LocalDate.of(year + 1, 1, 1).atStartOfDay())
                    - axis.positionOf(LocalDate.of(year, 1, 1).atStartOfDay())) * axisPixels;
            assertTrue(width >= 25, year + " is " + width + " px");
        }
    }

    @Test
    void momentsOutsideTheSpanAreClamped() {
        assertEquals(0.0, axis.positionOf(day("1980-05-05")));
        assertEquals(1.0, axis.positionOf(day("2010-05-05")));
        assertEquals(day("1989-01-01"), axis.momentAt(-0.5));
        assertEquals(day("2009-01-01"), axis.momentAt(1.5));
    }

    @Test
    void aDayIsWiderInTheWarSegmentThanInTheQuietYears() {
        double warDay = axis.dayWidthAt(LocalDateTime.of(2008, 8, 9, 12, 0));
        double quietDay = axis.dayWidthAt(LocalDateTime.of(1996, 3, 1, 0, 0));
        assertEquals(0.20 / 6, warDay, 1e-9);
        assertTrue(warDay > 100 * quietDay);
    }

    @Test
    void segmentsThatDoNotFollowEachOtherAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TimeAxis(List.of(
                segment("2000-01-01", "2000-02-01", 0.5), segment("2000-03-01", "2000-04-01", 0.5))));
    }

    private static AxisSegment segment(String from, String to, double share) {
        return new AxisSegment(day(from), day(to), share);
    }

    private static LocalDateTime day(String text) {
        return LocalDate.parse(text).atStartOfDay();
    }
}
