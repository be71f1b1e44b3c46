package org.timeatlas.atlas.io;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * RFC 7946 §3.1.6, the right-hand rule: exterior rings counter-clockwise and holes clockwise (in lon/lat),
 * whatever winding the source had. Orientation is decided by the ring's signed area, so it holds for
 * rings whose lowest point is a spike or a repeated vertex.
 */
final class RightHandRule {

    private RightHandRule() {
    }

    /** {@code geometry} with every polygon's rings wound by the rule; other geometries are returned as they are. */
    static Geometry apply(Geometry geometry) {
        GeometryFactory factory = geometry.getFactory();
        if (geometry instanceof Polygon polygon) {
            return orient(polygon);
        }
        if (geometry instanceof MultiPolygon multi) {
            Polygon[] parts = new Polygon[multi.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = orient((Polygon) multi.getGeometryN(i));
            }
            return factory.createMultiPolygon(parts);
        }
        if (geometry.getClass() == GeometryCollection.class) {
            Geometry[] parts = new Geometry[geometry.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = apply(geometry.getGeometryN(i));
            }
            return factory.createGeometryCollection(parts);
        }
        return geometry;
    }

    private static Polygon orient(Polygon polygon) {
        LinearRing shell = wound(polygon.getExteriorRing(), true);
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = wound(polygon.getInteriorRingN(i), false);
        }
        return polygon.getFactory().createPolygon(shell, holes);
    }

    private static LinearRing wound(LinearRing ring, boolean counterClockwise) {
        return Orientation.isCCWArea(ring.getCoordinates()) == counterClockwise ? ring : ring.reverse();
    }
}
