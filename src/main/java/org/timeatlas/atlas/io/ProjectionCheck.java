package org.timeatlas.atlas.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.datum.Ellipsoid;
import org.timeatlas.atlas.Bounds;

/**
 * The atlas's map projection, checked as the map will use it. The definition must be a proj4 definition that
 * proj4j can build, of a conformal projection named in {@link #CONFORMAL}, measuring in metres; over the home
 * box it must give finite coordinates and be conformal in fact (at nine points, the scale along the meridian
 * and along the parallel agree, and the two meet at a right angle, to {@link #TOLERANCE}). Afterwards every
 * geometry of the atlas is checked to project to finite coordinates, so the map never meets an infinity.
 */
final class ProjectionCheck {

    /** The proj names of the conformal projections proj4j supports. */
    static final List<String> CONFORMAL = List.of("lcc", "merc", "tmerc", "etmerc", "utm", "stere", "sterea",
            "omerc", "somerc");
    /** Largest relative difference of the two scales, and largest cosine of the angle between meridian and parallel. */
    static final double TOLERANCE = 0.005;
    private static final double STEP_DEGREES = 1e-4;

    private final CoordinateTransform forward;
    private final Ellipsoid ellipsoid;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    private ProjectionCheck(CoordinateTransform forward, Ellipsoid ellipsoid) {
        this.forward = forward;
        this.ellipsoid = ellipsoid;
    }

    /**
     * Builds and checks the projection {@code definition} (written at {@code at}) over {@code home} (at
     * {@code homeAt}); empty after adding problems when the map could not use it.
     */
    static Optional<ProjectionCheck> build(String definition, Json at, Bounds home, Json homeAt, List<Problem> problems) {
        String name = projName(definition);
        if (name == null) {
            problems.add(at.location().problem("\"projection\" must be a proj4 definition such as \"+proj=lcc +lat_1=41 "
                    + "+lat_2=43.5 +lat_0=42.2 +lon_0=43.5 +datum=WGS84 +units=m\"; EPSG codes and other forms cannot be used"));
            return Optional.empty();
        }
        CoordinateReferenceSystem crs;
        CoordinateTransform forward;
        try {
            CRSFactory factory = new CRSFactory();
            crs = factory.createFromParameters("map", definition);
            forward = new CoordinateTransformFactory().createTransform(
                    factory.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs"), crs);
        } catch (RuntimeException refused) {
            String why = refused.getMessage() == null ? "proj4j refuses it" : refused.getMessage();
            problems.add(at.location().problem("\"projection\" cannot be used: " + why.replace("Unknown projection",
                    "proj4j knows no projection")));
            return Optional.empty();
        }
        if (!CONFORMAL.contains(name)) {
            problems.add(at.location().problem("\"projection\" +proj=" + name + " is not a conformal projection the map can"
                    + " draw in; use one of " + String.join(", ", CONFORMAL)));
            return Optional.empty();
        }
        if (crs.getProjection().getFromMetres() != 1) {
            problems.add(at.location().problem("\"projection\" must measure in metres (+units=m), not in "
                    + crs.getProjection().getUnits().plural));
            return Optional.empty();
        }
        ProjectionCheck check = new ProjectionCheck(forward, crs.getProjection().getEllipsoid());
        String failure = check.conformalOver(home);
        if (failure != null) {
            problems.add(homeAt.location().problem("the projection " + failure));
            return Optional.empty();
        }
        return check.check(home, homeAt.location(), "the home box", problems) ? Optional.of(check) : Optional.empty();
    }

    /** The value of {@code +proj=} when every part of the definition is a {@code +key[=value]}, else null. */
    static String projName(String definition) {
        String name = null;
        for (String part : definition.trim().split("\\s+")) {
            if (!part.startsWith("+") || part.length() < 2) {
                return null;
            }
            if (part.startsWith("+proj=")) {
                name = part.substring("+proj=".length()).toLowerCase(Locale.ROOT);
            }
        }
        return name == null || name.isEmpty() ? null : name;
    }

    /** Null when the projection is finite and conformal at nine points of {@code home}; else what is wrong. */
    private String conformalOver(Bounds home) {
        double[] p0 = new double[2];
        double[] north = new double[2];
        double[] east = new double[2];
        for (int i = 0; i <= 2; i++) {
            for (int j = 0; j <= 2; j++) {
                double lon = home.lonAt(i / 2.0);
                double lat = home.south() + j / 2.0 * (home.north() - home.south());
                if (!project(lon, lat, p0)) {
                    return String.format(Locale.ROOT, "gives no coordinates for lon %.4f, lat %.4f of the home box", lon, lat);
                }
                if (Math.abs(lat) > 89) {
                    continue;
                }
                double dLat = lat + STEP_DEGREES > 90 ? -STEP_DEGREES : STEP_DEGREES;
                if (!project(lon, lat + dLat, north) || !project(Bounds.normalizeLon(lon + STEP_DEGREES), lat, east)) {
                    return String.format(Locale.ROOT, "gives no coordinates near lon %.4f, lat %.4f of the home box", lon, lat);
                }
                double nx = north[0] - p0[0];
                double ny = north[1] - p0[1];
                double ex = east[0] - p0[0];
                double ey = east[1] - p0[1];
                double alongMeridian = Math.hypot(nx, ny) / (meridianRadius(lat) * Math.toRadians(Math.abs(dLat)));
                double alongParallel = Math.hypot(ex, ey)
                        / (parallelRadius(lat) * Math.cos(Math.toRadians(lat)) * Math.toRadians(STEP_DEGREES));
                double cosine = (nx * ex + ny * ey) / (Math.hypot(nx, ny) * Math.hypot(ex, ey));
                if (!(Math.abs(alongMeridian / alongParallel - 1) <= TOLERANCE) || !(Math.abs(cosine) <= TOLERANCE)) {
                    return String.format(Locale.ROOT, "is not conformal at lon %.4f, lat %.4f of the home box (scale %.4f"
                            + " along the meridian, %.4f along the parallel): shapes would be distorted", lon, lat,
                            alongMeridian, alongParallel);
                }
            }
        }
        return null;
    }

    private double meridianRadius(double lat) {
        double e2 = ellipsoid.getEccentricitySquared();
        double s = Math.sin(Math.toRadians(lat));
        return ellipsoid.getA() * (1 - e2) / Math.pow(1 - e2 * s * s, 1.5);
    }

    private double parallelRadius(double lat) {
        double e2 = ellipsoid.getEccentricitySquared();
        double s = Math.sin(Math.toRadians(lat));
        return ellipsoid.getA() / Math.sqrt(1 - e2 * s * s);
    }

    /** Projects lon/lat into {@code xy}; false when the result is not finite (or the projection refuses). */
    boolean project(double lon, double lat, double[] xy) {
        in.x = lon;
        in.y = lat;
        try {
            forward.transform(in, out);
        } catch (RuntimeException outside) {
            return false;
        }
        xy[0] = out.x;
        xy[1] = out.y;
        return Double.isFinite(out.x) && Double.isFinite(out.y);
    }

    /** Adds a problem at {@code at} for the first position of {@code lonLat} that does not project; false then. */
    boolean check(Geometry lonLat, Json.Location at, String what, List<Problem> problems) {
        double[] xy = new double[2];
        for (Coordinate c : lonLat.getCoordinates()) {
            if (!project(c.x, c.y, xy)) {
                problems.add(at.problem(String.format(Locale.ROOT, "%s reaches lon %.5f, lat %.5f, which the projection"
                        + " cannot draw (it lies at infinity or outside the projection's area)", what, c.x, c.y)));
                return false;
            }
        }
        return true;
    }

    /** Checks the edges of a lon/lat box, as the map projects them when fitting the box. */
    boolean check(Bounds box, Json.Location at, String what, List<Problem> problems) {
        double[] xy = new double[2];
        for (int i = 0; i <= 16; i++) {
            double t = i / 16.0;
            double lon = box.lonAt(t);
            double lat = box.south() + t * (box.north() - box.south());
            for (double[] position : new double[][] {{lon, box.south()}, {lon, box.north()}, {box.west(), lat},
                    {box.east(), lat}}) {
                if (!project(position[0], position[1], xy)) {
                    problems.add(at.problem(String.format(Locale.ROOT, "%s reaches lon %.5f, lat %.5f, which the"
                            + " projection cannot draw", what, position[0], position[1])));
                    return false;
                }
            }
        }
        return true;
    }
}
