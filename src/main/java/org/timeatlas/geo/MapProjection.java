package org.timeatlas.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.timeatlas.atlas.Bounds;

/**
 * The atlas's map projection (a proj4 definition, e.g. Lambert conformal conic over the Caucasus):
 * WGS84 lon/lat degrees to projected metres (x east, y north) and back.
 */
public final class MapProjection {

    private final CoordinateTransform forward;
    private final CoordinateTransform inverse;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    public MapProjection(String proj4Definition) {
        CRSFactory crsFactory = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crsFactory.createFromParameters("WGS84",
                "+proj=longlat +datum=WGS84 +no_defs");
        CoordinateReferenceSystem projected = crsFactory.createFromParameters("map", proj4Definition);
        CoordinateTransformFactory transforms = new CoordinateTransformFactory();
        forward = transforms.createTransform(wgs84, projected);
        inverse = transforms.createTransform(projected, wgs84);
    }

    /**
     * Projects lon/lat (degrees) into {@code result} as {x, y} in metres. A longitude outside −180…180 (as a box
     * across the 180° meridian gives, e.g. 185) is first brought into that range: proj4j would clamp it. Not
     * thread-safe.
     */
    public void project(double lon, double lat, double[] result) {
        in.x = Bounds.normalizeLon(lon);
        in.y = lat;
        forward.transform(in, out);
        result[0] = out.x;
        result[1] = out.y;
    }

    public double[] project(double lon, double lat) {
        double[] result = new double[2];
        project(lon, lat, result);
        return result;
    }

    /** A copy of {@code lonLat} in projected metres. */
    public Geometry project(Geometry lonLat) {
        return transformed(lonLat, forward);
    }

    /** A copy of {@code metres} back in lon/lat degrees. */
    public Geometry unproject(Geometry metres) {
        return transformed(metres, inverse);
    }

    private static Geometry transformed(Geometry geometry, CoordinateTransform transform) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            private final ProjCoordinate from = new ProjCoordinate();
            private final ProjCoordinate to = new ProjCoordinate();

            @Override
            public void filter(CoordinateSequence sequence, int i) {
                from.x = sequence.getX(i);
                from.y = sequence.getY(i);
                transform.transform(from, to);
                sequence.setOrdinate(i, CoordinateSequence.X, to.x);
                sequence.setOrdinate(i, CoordinateSequence.Y, to.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /** Projected metres back to {lon, lat} in degrees. */
    public double[] unproject(double x, double y) {
        in.x = x;
        in.y = y;
        inverse.transform(in, out);
        return new double[] {out.x, out.y};
    }
}
