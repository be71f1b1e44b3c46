package org.timeatlas.geo;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

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

    /** Projects lon/lat (degrees) into {@code result} as {x, y} in metres. Not thread-safe. */
    public void project(double lon, double lat, double[] result) {
        in.x = lon;
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

    /** Projected metres back to {lon, lat} in degrees. */
    public double[] unproject(double x, double y) {
        in.x = x;
        in.y = y;
        inverse.transform(in, out);
        return new double[] {out.x, out.y};
    }
}
