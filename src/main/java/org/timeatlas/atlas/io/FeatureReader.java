package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * invalid polygons (self-intersections, unclosed rings…) at the geometry's place in the file.
 */
final class FeatureReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private FeatureReader() {
    }

    /** One feature: its properties and geometry (null when the geometry had problems). */
    record Feature(Json.JObject properties, Geometry geometry, Json.Location location) {
        String property(String name) {
            Json value = properties.get(name);
            return value instanceof Json.JString text ? text.value() : null;
        }

        Double number(String name) {
            Json value = properties.get(name);
            return value instanceof Json.JNumber n ? n.value() : null;
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
        if (!"FeatureCollection".equals(collection.string("type"))) {
            collection.problem("must be a GeoJSON FeatureCollection");
            return features;
        }
        Json.JArray array = collection.array("features");
        if (array == null) {
            return features;
        }
        for (Json item : array.items()) {
            Fields feature = context.fields(item, "feature");
            if (feature == null) {
                continue;
            }
            Json properties = feature.raw("properties");
            Json.JObject props = properties instanceof Json.JObject object
                    ? object : new Json.JObject(item.location(), Map.of());
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
                default -> throw new BadCoordinates(json, "unsupported geometry type \"" + type + "\"");
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
            context.problems().add(json.location().problem(String.format("invalid geometry: %s at lon %.5f, lat %.5f",
                    error.getMessage().toLowerCase(java.util.Locale.ROOT), where.x, where.y)));
            return null;
        }
        return geometry;
    }

    private static Polygon polygon(Json json) {
        List<Json> rings = array(json).items();
        if (rings.isEmpty()) {
            throw new BadCoordinates(json, "a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = rings.subList(1, rings.size()).stream().map(FeatureReader::ring).toArray(LinearRing[]::new);
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(Json json) {
        Coordinate[] points = coordinates(json);
        if (points.length < 4) {
            throw new BadCoordinates(json, "a ring needs at least 4 positions, found " + points.length);
        }
        if (!points[0].equals2D(points[points.length - 1])) {
            throw new BadCoordinates(json, "a ring must end where it starts (it is not closed)");
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
        return array(json).items().stream().map(FeatureReader::coordinate).toArray(Coordinate[]::new);
    }

    private static Coordinate coordinate(Json json) {
        List<Json> parts = array(json).items();
        if (parts.size() < 2 || !(parts.get(0) instanceof Json.JNumber lon) || !(parts.get(1) instanceof Json.JNumber lat)) {
            throw new BadCoordinates(json, "a position must be [longitude, latitude]");
        }
        if (Math.abs(lon.value()) > 180 || Math.abs(lat.value()) > 90) {
            throw new BadCoordinates(json, "position [" + lon.value() + ", " + lat.value()
                    + "] is not a longitude/latitude in degrees");
        }
        return new Coordinate(lon.value(), lat.value());
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
