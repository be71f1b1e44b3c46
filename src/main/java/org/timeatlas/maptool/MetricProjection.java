package org.timeatlas.maptool;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** A local conformal projection in metres, for buffers, circles and areas. */
final class MetricProjection {

    static final String GEORGIA_LCC =
            "+proj=lcc +lat_1=41 +lat_2=43.5 +lat_0=42.2 +lon_0=43.5 +datum=WGS84 +units=m +no_defs";

    private final CoordinateTransform forward;
    private final CoordinateTransform inverse;

    MetricProjection(String proj4) {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem lonLat = crs.createFromParameters("wgs84", "+proj=longlat +datum=WGS84 +no_defs");
        CoordinateReferenceSystem metric = crs.createFromParameters("metric", proj4);
        CoordinateTransformFactory transforms = new CoordinateTransformFactory();
        forward = transforms.createTransform(lonLat, metric);
        inverse = transforms.createTransform(metric, lonLat);
    }

    Geometry toMetric(Geometry lonLat) {
        return transform(lonLat, forward);
    }

    Geometry toLonLat(Geometry metric) {
        return transform(metric, inverse);
    }

    /** {@code lonLat} grown by {@code metres} on every side (negative shrinks), back in lon/lat. */
    Geometry buffer(Geometry lonLat, double metres) {
        return Geometries.valid(toLonLat(toMetric(lonLat).buffer(metres, 16)));
    }

    /** A circle of {@code radiusMetres} around a lon/lat centre, as a lon/lat polygon. */
    Geometry circle(Coordinate centre, double radiusMetres) {
        return buffer(Geometries.FACTORY.createPoint(centre), radiusMetres);
    }

    double areaKm2(Geometry lonLat) {
        return toMetric(lonLat).getArea() / 1e6;
    }

    private static Geometry transform(Geometry g, CoordinateTransform transform) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            private final ProjCoordinate in = new ProjCoordinate();
            private final ProjCoordinate out = new ProjCoordinate();

            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                transform.transform(in, out);
                seq.setOrdinate(i, CoordinateSequence.X, out.x);
                seq.setOrdinate(i, CoordinateSequence.Y, out.y);
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
}
