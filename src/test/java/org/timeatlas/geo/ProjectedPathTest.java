package org.timeatlas.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProjectedPathTest {

    /** East 30 m, then north 10 m: 40 m long. */
    private final ProjectedPath path = new ProjectedPath(new double[] {0, 0, 30, 0, 30, 10});

    @Test
    void lengthIsMeasuredAlongThePath() {
        assertEquals(40, path.length(), 1e-9);
    }

    @Test
    void prefixEndsAtTheCutPointPartWayAlongASegment() {
        assertArrayEquals(new double[] {0, 0, 20, 0}, path.prefix(0.5), 1e-9);
        assertArrayEquals(new double[] {0, 0, 30, 0, 30, 5}, path.prefix(35.0 / 40), 1e-9);
    }

    @Test
    void prefixAtAVertexEndsThereAndTheWholePathAtOne() {
        assertArrayEquals(new double[] {0, 0, 30, 0}, path.prefix(0.75), 1e-9);
        assertArrayEquals(new double[] {0, 0, 30, 0, 30, 10}, path.prefix(1), 1e-9);
        assertArrayEquals(new double[] {0, 0, 30, 0, 30, 10}, path.prefix(1.7), 1e-9, "fractions are clamped");
    }

    @Test
    void headingFollowsTheSegmentUnderTheCut() {
        assertEquals(0, path.headingAt(0.2), 1e-9, "east");
        assertEquals(Math.PI / 2, path.headingAt(0.9), 1e-9, "north");
        assertArrayEquals(new double[] {30, 2}, path.pointAt(32.0 / 40), 1e-9);
    }
}
