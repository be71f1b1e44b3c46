package org.timeatlas.ui.tours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.geo.MapProjection;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.testing.TestAtlases;

/** The lon/lat box of what the map shows, for a step added in the tour editor. */
class ViewBoxTest {

    private final MapProjection projection = new MapProjection(TestAtlases.embedded().info().projection());

    @Test
    void theBoxHoldsTheWholeScreenAroundTheCentre() {
        // Gori at 100 m per pixel on an 800 × 600 map: about 80 km × 60 km
        Bounds box = ViewBox.of(ViewRequest.at(44.11, 41.98, 100), 800, 600, projection);
        assertTrue(box.west() < 44.11 && box.east() > 44.11 && box.south() < 41.98 && box.north() > 41.98);
        double kmWide = (box.east() - box.west()) * 111.32 * Math.cos(Math.toRadians(41.98));
        double kmHigh = (box.north() - box.south()) * 110.57;
        assertEquals(80, kmWide, 3, "width in km");
        assertEquals(60, kmHigh, 3, "height in km");
        for (double[] corner : new double[][] {{-400, -300}, {400, 300}, {-400, 300}, {400, -300}}) {
            double[] centre = projection.project(44.11, 41.98);
            double[] lonLat = projection.unproject(centre[0] + corner[0] * 100, centre[1] + corner[1] * 100);
            assertTrue(ViewBox.contains(box, lonLat[0], lonLat[1]), "every corner of the screen is in the box");
        }
        assertEquals(box.west(), Math.floor(box.west() * 10_000) / 10_000, 0, "rounded to 0.0001°");
    }

    @Test
    void containsAndOverlapsFollowTheBoxesSides() {
        Bounds box = new Bounds(40, 41, 46, 44);
        assertTrue(ViewBox.contains(box, 44, 42));
        assertFalse(ViewBox.contains(box, 47, 42));
        assertTrue(ViewBox.overlaps(box, 45, 43, 48, 45), "a corner reaches in");
        assertFalse(ViewBox.overlaps(box, 47, 41, 48, 44), "wholly east of it");
        Bounds acrossTheDateLine = new Bounds(177, -20, -178, -15);
        assertTrue(ViewBox.contains(acrossTheDateLine, 179, -17) && ViewBox.contains(acrossTheDateLine, -179, -17));
        assertFalse(ViewBox.contains(acrossTheDateLine, 0, -17));
    }
}
