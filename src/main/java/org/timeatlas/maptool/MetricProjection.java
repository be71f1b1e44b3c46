package org.timeatlas.maptool;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.timeatlas.geo.MapProjection;

/** A local conformal projection in metres, for buffers, circles and areas. */
final class MetricProjection {

    static final String GEORGIA_LCC =
            "+proj=lcc +lat_1=41 +lat_2=43.5 +lat_0=42.2 +lon_0=43.5 +datum=WGS84 +units=m +no_defs";

    private final MapProjection projection;

    MetricProjection(String proj4) {
        projection = new MapProjection(proj4);
    }

    Geometry toMetric(Geometry lonLat) {
        return projection.project(lonLat);
    }

    Geometry toLonLat(Geometry metric) {
        return projection.unproject(metric);
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
}
