package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads GeoJSON FeatureCollections into JTS geometries (lon/lat), reporting invalid coordinates and
 * invalid polygons (self-intersections, unclosed rings…) at the geometry's place in the file. Rings are
 * turned to the right-hand rule of RFC 7946 (exterior rings counter-clockwise, holes clockwise) whichever
 * way the file wrote them; lines and rings may not jump across the 180° meridian (RFC 7946 §3.1.9 asks
 * for such shapes to be split there); all positions of an atlas together count against {@link Limits#POSITIONS}.
 */
final class FeatureReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private FeatureReader() {
    }

    /** One feature: its properties and geometry (null when the geometry had problems). */
    record Feature(Json.JObject properties, Geometry geometry, Json.Location location) {

        /** The properties as fields, problems naming {@code what}. */
        Fields fields(String what, ReadContext context) {
            return new Fields(properties, what, context.problems(), context.languages());
        }

        /** A property that is a string, or null when absent or of another type. */
        String property(String name) {
            Json value = properties.get(name);
            return value instanceof Json.JString text ? text.value() : null;
        }

        Map<String, Json> all() {
            return properties.members();
        }
    }

    static List<Feature> read(Json json, ReadContext context) {
        List<Feature> features = new ArrayList<>();
        Fields collection = context.fields(json, "GeoJSON");
        if (collection == null) {
            return features;
        }
        String type = collection.string("type");
        if (type != null && !type.equals("FeatureCollection")) {
            collection.problemAt(collection.raw("type"), "must be a GeoJSON FeatureCollection, found \"" + type + "\"");
            return features;
        }
        Json.JArray array = collection.array("features");
        if (type == null || array == null) {
            return features;
        }
        for (Json item : array.items()) {
            Fields feature = context.fields(item, "feature");
            if (feature == null) {
                continue;
            }
            String featureType = feature.string("type");
            if (featureType != null && !featureType.equals("Feature")) {
                feature.problemAt(feature.raw("type"), "\"type\" must be \"Feature\", found \"" + featureType + "\"");
            }
            Json properties = feature.raw("properties");
            Json.JObject props;
            if (properties instanceof Json.JObject object) {
                props = object;
            } else {
                if (properties != null && !(properties instanceof Json.JNull)) {
                    feature.problemAt(properties, "\"properties\" must be an object, found " + Json.kindOf(properties));
                    continue;
                }
                props = new Json.JObject(item.location(), Map.of());
            }
            Json geometryJson = feature.raw("geometry");
            Geometry geometry = null;
            if (geometryJson == null || geometryJson instanceof Json.JNull) {
                feature.problem("missing \"geometry\"");
            } else {
                geometry = geometry(geometryJson, context);
            }
            features.add(new Feature(props, geometry, item.location()));
        }
        return features;
    }

    static Geometry geometry(Json json, ReadContext context) {
        Fields fields = context.fields(json, "geometry");
        if (fields == null) {
            return null;
        }
        String type = fields.string("type");
        Json.JArray coordinates = fields.array("coordinates");
        if (type == null || coordinates == null) {
            return null;
        }
        if (!context.countPositions(positions(coordinates), json)) {
            return null;
        }
        Geometry geometry;
        try {
            geometry = switch (type) {
                case "Point" -> FACTORY.createPoint(coordinate(coordinates));
                case "LineString" -> line(coordinates);
                case "MultiLineString" -> FACTORY.createMultiLineString(
                        coordinates.items().stream().map(FeatureReader::line).toArray(LineString[]::new));
                case "Polygon" -> polygon(coordinates);
                case "MultiPolygon" -> FACTORY.createMultiPolygon(
                        coordinates.items().stream().map(FeatureReader::polygon).toArray(Polygon[]::new));
                default -> throw new BadCoordinates(fields.raw("type"), "unsupported geometry type \"" + type
                        + "\" (use Point, LineString, MultiLineString, Polygon or MultiPolygon)");
            };
        } catch (BadCoordinates bad) {
            context.problems().add(bad.at.location().problem("invalid geometry: " + bad.getMessage()));
            return null;
        } catch (IllegalArgumentException jtsRefused) {
            context.problems().add(json.location().problem("invalid geometry: " + jtsRefused.getMessage()));
            return null;
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate where = error.getCoordinate();
            context.problems().add(json.location().problem(String.format(Locale.ROOT,
                    "invalid geometry: %s at lon %.5f, lat %.5f",
                    error.getMessage().toLowerCase(Locale.ROOT), where.x, where.y)));
            return null;
        }
        return geometry;
    }

    /** How many positions (innermost arrays) a coordinates array holds, without building anything. */
    private static long positions(Json json) {
        if (!(json instanceof Json.JArray array)) {
            return 0;
        }
        List<Json> items = array.items();
        if (items.isEmpty() || !(items.get(0) instanceof Json.JArray)) {
            return 1;
        }
        long count = 0;
        for (Json item : items) {
            count += positions(item);
        }
        return count;
    }

    private static Polygon polygon(Json json) {
        List<Json> rings = array(json).items();
        if (rings.isEmpty()) {
            throw new BadCoordinates(json, "a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0), true);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), false);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    /** A closed ring turned counter-clockwise (an exterior ring) or clockwise (a hole), as RFC 7946 §3.1.6 has it. */
    private static LinearRing ring(Json json, boolean exterior) {
        Coordinate[] points = coordinates(json);
        if (points.length < 4) {
            throw new BadCoordinates(json, "a ring needs at least 4 positions, found " + points.length);
        }
        if (!points[0].equals2D(points[points.length - 1])) {
            throw new BadCoordinates(json, "a ring must end where it starts (it is not closed)");
        }
        if (Orientation.isCCW(points) != exterior) {
            java.util.Collections.reverse(java.util.Arrays.asList(points));
        }
        return FACTORY.createLinearRing(points);
    }

    private static LineString line(Json json) {
        Coordinate[] points = coordinates(json);
        if (points.length < 2) {
            throw new BadCoordinates(json, "a line needs at least 2 positions");
        }
        return FACTORY.createLineString(points);
    }

    private static Coordinate[] coordinates(Json json) {
        List<Json> items = array(json).items();
        PairList pairs = items instanceof PairList compact ? compact : null;
        Coordinate[] points = new Coordinate[items.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = pairs != null && inDegrees(pairs.x(i), pairs.y(i))
                    ? new Coordinate(pairs.x(i), pairs.y(i)) : coordinate(items.get(i));
            if (i > 0 && Math.abs(points[i].x - points[i - 1].x) > 180) {
                throw new BadCoordinates(items.get(i), String.format(Locale.ROOT, "the line jumps across the 180° meridian"
                        + " from lon %s to lon %s; split the shape at 180° (RFC 7946 §3.1.9)",
                        number(points[i - 1].x), number(points[i].x)));
            }
        }
        return points;
    }

    private static Coordinate coordinate(Json json) {
        List<Json> parts = array(json).items();
        if (parts.size() < 2 || parts.size() > 3 || !(parts.get(0) instanceof Json.JNumber lon)
                || !(parts.get(1) instanceof Json.JNumber lat)
                || (parts.size() == 3 && !(parts.get(2) instanceof Json.JNumber))) {
            throw new BadCoordinates(json, "a position must be [longitude, latitude] (numbers, optionally an altitude)");
        }
        if (!inDegrees(lon.value(), lat.value())) {
            throw new BadCoordinates(json, "position [" + number(lon.value()) + ", " + number(lat.value())
                    + "] is not a longitude/latitude in degrees (longitude −180…180, latitude −90…90)");
        }
        return new Coordinate(lon.value(), lat.value());
    }

    private static boolean inDegrees(double lon, double lat) {
        return Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static Json.JArray array(Json json) {
        if (json instanceof Json.JArray array) {
            return array;
        }
        throw new BadCoordinates(json, "expected an array of coordinates, found " + Json.kindOf(json));
    }

    /** Thrown inside the coordinate walk so the problem can name the exact nested array. */
    private static final class BadCoordinates extends RuntimeException {
        private final transient Json at;

        BadCoordinates(Json at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }
}
