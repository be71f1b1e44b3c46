package org.timeatlas.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.GeoPoint;

/**
 * Projects WGS84 geometries into map metres once per atlas, and turns projected geometries into
 * {@link ProjectedShape}s for drawing.
 */
public final class ShapeProjector {

    /** Steps per edge when projecting a lon/lat box: its edges are curves in a conic projection. */
    private static final int BOX_EDGE_STEPS = 16;

    private final MapProjection projection;

    public ShapeProjector(MapProjection projection) {
        this.projection = projection;
    }

    public ShapeProjector(String proj4Definition) {
        this(new MapProjection(proj4Definition));
    }

    public MapProjection projection() {
        return projection;
    }

    /** A copy of {@code lonLat} in projected metres. */
    public Geometry project(Geometry lonLat) {
        return projection.project(lonLat);
    }

    public double[] project(GeoPoint point) {
        return projection.project(point.lon(), point.lat());
    }

    /**
     * The projected box that holds a lon/lat box (its edges sampled, since they project to curves); a box across
     * the 180° meridian (west &gt; east) is sampled eastward across it.
     */
    public WorldBox project(Bounds bounds) {
        Envelope envelope = new Envelope();
        double[] xy = new double[2];
        for (int i = 0; i <= BOX_EDGE_STEPS; i++) {
            double t = (double) i / BOX_EDGE_STEPS;
            double lon = bounds.lonAt(t);
            double lat = bounds.south() + t * (bounds.north() - bounds.south());
            projection.project(lon, bounds.south(), xy);
            envelope.expandToInclude(xy[0], xy[1]);
            projection.project(lon, bounds.north(), xy);
            envelope.expandToInclude(xy[0], xy[1]);
            projection.project(bounds.west(), lat, xy);
            envelope.expandToInclude(xy[0], xy[1]);
            projection.project(bounds.east(), lat, xy);
            envelope.expandToInclude(xy[0], xy[1]);
        }
        return toBox(envelope);
    }

    /**
     * The rings of a projected geometry, with vertices closer than {@code toleranceMetres} to the simplified
     * line dropped (0 keeps every vertex). Polygons become closed rings, lines open ones; points are skipped.
     */
    public static ProjectedShape shapeOf(Geometry projected, double toleranceMetres) {
        Geometry geometry = toleranceMetres > 0 && !(projected.getDimension() == 0)
                ? TopologyPreservingSimplifier.simplify(projected, toleranceMetres)
                : projected;
        List<double[]> rings = new ArrayList<>();
        boolean closed = geometry instanceof Polygonal;
        collect(geometry, rings);
        for (int i = 0; i < geometry.getNumGeometries() && !closed; i++) {
            closed = geometry.getGeometryN(i) instanceof Polygonal;
        }
        Envelope envelope = geometry.getEnvelopeInternal();
        WorldBox bounds = envelope.isNull() ? new WorldBox(0, 0, 0, 0) : toBox(envelope);
        return new ProjectedShape(rings, closed, bounds);
    }

    public static WorldBox toBox(Envelope envelope) {
        return new WorldBox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    private static void collect(Geometry geometry, List<double[]> rings) {
        if (geometry instanceof Polygon polygon) {
            addRing(polygon.getExteriorRing(), rings);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                addRing(polygon.getInteriorRingN(i), rings);
            }
        } else if (geometry instanceof LineString line) {
            addRing(line, rings);
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part != geometry) {
                    collect(part, rings);
                }
            }
        }
    }

    private static void addRing(LineString line, List<double[]> rings) {
        Coordinate[] coordinates = line.getCoordinates();
        if (coordinates.length < 2) {
            return;
        }
        double[] ring = new double[coordinates.length * 2];
        for (int i = 0; i < coordinates.length; i++) {
            ring[2 * i] = coordinates[i].x;
            ring[2 * i + 1] = coordinates[i].y;
        }
        rings.add(ring);
    }
}
