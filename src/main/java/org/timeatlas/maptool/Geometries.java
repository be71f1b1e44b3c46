package org.timeatlas.maptool;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/** Small geometry operations shared by the map tool: validity, slivers, simplification, rounding. */
final class Geometries {

    static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometries() {
    }

    /** The polygonal part of {@code g}, repaired if it is not valid. */
    static Geometry valid(Geometry g) {
        Geometry fixed = IsValidOp.isValid(g) ? g : GeometryFixer.fix(g);
        return polygonal(fixed);
    }

    /** Only the polygons of {@code g} (drops points and lines left by overlay operations). */
    static Geometry polygonal(Geometry g) {
        List<Polygon> polygons = polygons(g);
        if (polygons.size() == 1) {
            return polygons.get(0);
        }
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    @SuppressWarnings("unchecked")
    static List<Polygon> polygons(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        for (Object p : PolygonExtracter.getPolygons(g)) {
            Polygon polygon = (Polygon) p;
            if (!polygon.isEmpty()) {
                out.add(polygon);
            }
        }
        return out;
    }

    static Geometry difference(Geometry a, Geometry b) {
        return valid(OverlayNGRobust.overlay(a, b, OverlayNG.DIFFERENCE));
    }

    static Geometry intersection(Geometry a, Geometry b) {
        return valid(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION));
    }

    /** The part of any geometry (also lines) inside {@code area}. */
    static Geometry clip(Geometry g, Geometry area) {
        return OverlayNGRobust.overlay(g, area, OverlayNG.INTERSECTION);
    }

    static Geometry union(Geometry a, Geometry b) {
        return valid(OverlayNGRobust.overlay(a, b, OverlayNG.UNION));
    }

    static Geometry union(List<Geometry> parts) {
        if (parts.isEmpty()) {
            return FACTORY.createMultiPolygon();
        }
        return valid(OverlayNGRobust.union(FACTORY.buildGeometry(parts)));
    }

    /** {@code g} without the polygons smaller than {@code minArea} (in square degrees). */
    static Geometry withoutSlivers(Geometry g, double minArea) {
        return polygonal(FACTORY.buildGeometry(
                polygons(g).stream().filter(p -> p.getArea() >= minArea).toList()));
    }

    static Geometry simplify(Geometry g, double tolerance) {
        return TopologyPreservingSimplifier.simplify(g, tolerance);
    }

    /** Coordinates rounded to {@code decimals}; polygons stay valid (snap-rounding), collapsed parts go. */
    static Geometry round(Geometry g, int decimals) {
        PrecisionModel grid = new PrecisionModel(Math.pow(10, decimals));
        if (g.getDimension() == 2) {
            return valid(GeometryPrecisionReducer.reduce(g, grid));
        }
        return GeometryPrecisionReducer.reducePointwise(g, grid);
    }
}
