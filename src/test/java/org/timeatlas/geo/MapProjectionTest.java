package org.timeatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Georgia atlas's Lambert conformal conic projection (maps/georgia-1991-2008/atlas.json). */
class MapProjectionTest {

    private static final String GEORGIA_LCC =
            "+proj=lcc +lat_1=41 +lat_2=43.5 +lat_0=42.2 +lon_0=43.5 +datum=WGS84 +units=m +no_defs";
    private final MapProjection projection = new MapProjection(GEORGIA_LCC);

    @Test
    void theOriginOfTheProjectionIsAtZero() {
        double[] origin = projection.project(43.5, 42.2);
        assertEquals(0, origin[0], 0.01);
        assertEquals(0, origin[1], 0.01);
    }

    @Test
    void projectingAndUnprojectingReturnsThePlace() {
        for (double[] place : new double[][] {{44.7930, 41.7151}, {41.0, 43.0}, {46.5, 41.2}, {43.964, 42.226}}) {
            double[] metres = projection.project(place[0], place[1]);
            double[] back = projection.unproject(metres[0], metres[1]);
            assertEquals(place[0], back[0], 1e-7);
            assertEquals(place[1], back[1], 1e-7);
        }
    }

    @Test
    void distancesMatchTheEarthWithinAFractionOfAPercent() {
        // Tbilisi to Tskhinvali: 89.0 km on the sphere (haversine); the projection's scale error here is < 0.5 %.
        double[] tbilisi = projection.project(44.7930, 41.7151);
        double[] tskhinvali = projection.project(43.9640, 42.2260);
        double km = Math.hypot(tbilisi[0] - tskhinvali[0], tbilisi[1] - tskhinvali[1]) / 1000;
        assertEquals(89.0, km, 0.6);
    }

    @Test
    void itIsConformalSoSmallStepsEastAndNorthScaleAlike() {
        // In a conformal projection the scale along a parallel equals the scale along a meridian.
        for (double lat : new double[] {41.0, 42.2, 43.5}) {
            double[] p = projection.project(43.5, lat);
            double[] east = projection.project(43.5 + 0.001, lat);
            double[] north = projection.project(43.5, lat + 0.001);
            double eastScale = Math.hypot(east[0] - p[0], east[1] - p[1]) / (0.001 * 111_320 * Math.cos(Math.toRadians(lat)));
            double northScale = Math.hypot(north[0] - p[0], north[1] - p[1]) / (0.001 * 110_950);
            assertEquals(1.0, eastScale / northScale, 0.006, "at latitude " + lat);
        }
    }

    @Test
    void northIsUpAndEastIsRight() {
        double[] p = projection.project(43.5, 42.2);
        assertTrue(projection.project(43.5, 42.5)[1] > p[1]);
        assertTrue(projection.project(43.8, 42.2)[0] > p[0]);
    }
}
