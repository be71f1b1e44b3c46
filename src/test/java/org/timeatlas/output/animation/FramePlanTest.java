package org.timeatlas.output.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramePlanTest {

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void stepsAreWrittenAsOnTheCommandLine() {
        assertEquals(Optional.of(new FrameStep(6, ChronoUnit.HOURS)), FrameStep.parse("6h"));
        assertEquals(Optional.of(new FrameStep(1, ChronoUnit.DAYS)), FrameStep.parse("1d"));
        assertEquals(Optional.of(new FrameStep(1, ChronoUnit.MONTHS)), FrameStep.parse("1M"));
        assertEquals(Optional.of(new FrameStep(2, ChronoUnit.YEARS)), FrameStep.parse("2y"));
        assertEquals("6h", FrameStep.parse("6h").orElseThrow().toString());
        for (String wrong : List.of("", "h", "0d", "6", "1w", "-1d", "1.5d", "99999h")) {
            assertEquals(Optional.empty(), FrameStep.parse(wrong), wrong);
        }
    }

    @Test
    void theWarInSixHourStepsEndsOnItsLastMoment() {
        List<LocalDateTime> moments = new FramePlan(at("2008-08-07T00:00"), at("2008-08-12T00:00"),
                FrameStep.parse("6h").orElseThrow()).moments();
        assertEquals(21, moments.size());
        assertEquals(at("2008-08-07T06:00"), moments.get(1));
        assertEquals(at("2008-08-12T00:00"), moments.get(20));
    }

    @Test
    void monthsAreCountedFromTheStartSoTheyDoNotDriftToTheTwentyEighth() {
        List<LocalDateTime> moments = new FramePlan(at("2008-01-31T00:00"), at("2008-05-01T00:00"),
                FrameStep.parse("1M").orElseThrow()).moments();
        assertEquals(List.of(at("2008-01-31T00:00"), at("2008-02-29T00:00"), at("2008-03-31T00:00"),
                at("2008-04-30T00:00")), moments);
    }

    @Test
    void anEndBeforeTheStartOrTooManyFramesIsRefusedWithTheReason() {
        FrameStep day = FrameStep.parse("1d").orElseThrow();
        assertEquals(Optional.of("the end 2008-08-01T00:00 is before the start 2008-08-02T00:00"),
                FramePlan.problem(at("2008-08-02T00:00"), at("2008-08-01T00:00"), day));
        String tooMany = FramePlan.problem(at("1989-01-01T00:00"), at("2008-12-31T00:00"),
                FrameStep.parse("1h").orElseThrow()).orElseThrow();
        assertTrue(tooMany.contains("more than 5000 frames"), tooMany);
        assertThrows(IllegalArgumentException.class,
                () -> new FramePlan(at("2008-08-02T00:00"), at("2008-08-01T00:00"), day));
        assertEquals(1, new FramePlan(at("2008-08-02T00:00"), at("2008-08-02T00:00"), day).moments().size());
    }
}
