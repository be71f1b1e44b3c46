package org.timeatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.timeatlas.atlas.Bounds;

class ShapeProjectorTest {

    private final ShapeProjector projector = new ShapeProjector(MapTestAtlas.PROJECTION);

    @Test
    void theProjectionOriginLandsAtZeroAndEastAndNorthArePositive() {
        double[] origin = projector.projection().project(43.5, 42.2);
        assertEquals(0, origin[0], 1e-3);
        assertEquals(0, origin[1], 1e-3);
        double[] northEast = projector.projection().project(44.5, 43.2);
        assertTrue(northEast[0] > 70_000 && northEast[1] > 100_000, "about 80 km east and 110 km north");
    }

    @Test
    void aPolygonWithAHoleBecomesTwoClosedRingsInMetres() throws Exception {
        Geometry lonLat = new WKTReader().read(
                "POLYGON ((43 42, 44 42, 44 43, 43 43, 43 42), (43.4 42.4, 43.6 42.4, 43.6 42.6, 43.4 42.6, 43.4 42.4))");
        ProjectedShape shape = ShapeProjector.shapeOf(projector.project(lonLat), 0);
        assertTrue(shape.closed());
        assertEquals(2, shape.rings().size());
        assertEquals(10, shape.pointCount());
        double[] corner = projector.projection().project(43, 42);
        assertEquals(corner[0], shape.rings().get(0)[0], 1e-6);
        assertEquals(corner[1], shape.rings().get(0)[1], 1e-6);
        assertTrue(shape.bounds().width() > 80_000, "a degree of longitude is about 82 km here");
    }

    @Test
    void aLineStaysOpen() throws Exception {
        ProjectedShape shape = ShapeProjector.shapeOf(
                projector.project(new WKTReader().read("MULTILINESTRING ((43 42, 43.5 42.5), (44 42, 44 43))")), 0);
        assertFalse(shape.closed());
        assertEquals(2, shape.rings().size());
    }

    @Test
    void simplifyingDropsVerticesThatDoNotChangeTheOutline() throws Exception {
        Geometry wiggly = new WKTReader().read(
                "POLYGON ((43 42, 43.05 42.00001, 43.1 42, 43.1 42.1, 43 42.1, 43 42))");
        assertEquals(6, ShapeProjector.shapeOf(projector.project(wiggly), 0).pointCount());
        assertEquals(5, ShapeProjector.shapeOf(projector.project(wiggly), 20).pointCount());
    }

    @Test
    void aProjectedLonLatBoxHoldsAllItsEdgePoints() {
        Bounds bounds = new Bounds(40, 41, 47, 44);
        WorldBox box = projector.project(bounds);
        for (double lon = 40; lon <= 47; lon += 0.5) {
            for (double lat : new double[] {41, 44}) {
                double[] xy = projector.projection().project(lon, lat);
                assertTrue(box.contains(xy[0], xy[1]), lon + "," + lat);
            }
        }
    }
}
