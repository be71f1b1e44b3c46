package org.timeatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleBarMeasureTest {

    @Test
    void choosesTheLongestRoundLengthThatFits() {
        // 150 px at 400 m/px is 60 km: 50 km fits, 100 does not
        ScaleBarMeasure measure = ScaleBarMeasure.fitting(400, 150);
        assertEquals(50, measure.kilometres(), 1e-9);
        assertEquals(125, measure.pixels(), 1e-9);
    }

    @Test
    void lengthsAreOneTwoOrFiveTimesAPowerOfTen() {
        for (double metresPerPixel = 5; metresPerPixel < 50_000; metresPerPixel *= 1.37) {
            ScaleBarMeasure measure = ScaleBarMeasure.fitting(metresPerPixel, 150);
            double mantissa = measure.kilometres() / Math.pow(10, Math.floor(Math.log10(measure.kilometres())));
            assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                    "round length " + measure.kilometres());
            assertTrue(measure.pixels() <= 150 + 1e-9 && measure.pixels() > 150 / 2.5 - 1e-9,
                    "fits and is not too short: " + measure.pixels());
        }
    }
}
