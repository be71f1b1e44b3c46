package org.timeatlas.maptool;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a GeoJSON FeatureCollection as RFC 7946 asks: lon/lat, exterior rings counter-clockwise and
 * holes clockwise, no {@code crs}; coordinates with a fixed number of decimals, one feature per line.
 */
final class GeoJsonOutput {

    static final int DECIMALS = 5;

    private final ObjectMapper json = new ObjectMapper();

    /** Writes the features and returns the size of the file in bytes. */
    long write(Path file, List<OutFeature> features) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (JsonGenerator out = new JsonFactory(json).createGenerator(file.toFile(), JsonEncoding.UTF8)) {
                out.writeStartObject();
                out.writeStringField("type", "FeatureCollection");
                out.writeArrayFieldStart("features");
                for (OutFeature feature : features) {
                    out.writeRaw('\n');
                    writeFeature(out, feature);
                }
                out.writeRaw('\n');
                out.writeEndArray();
                out.writeEndObject();
                out.writeRaw('\n');
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void writeFeature(JsonGenerator out, OutFeature feature) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        out.writeObjectFieldStart("properties");
        for (Map.Entry<String, Object> p : feature.properties().entrySet()) {
            if (p.getValue() != null) {
                out.writeFieldName(p.getKey());
                out.writeObject(p.getValue());
            }
        }
        out.writeEndObject();
        out.writeFieldName("geometry");
        writeGeometry(out, feature.geometry());
        out.writeEndObject();
    }

    private static void writeGeometry(JsonGenerator out, Geometry g) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", g.getGeometryType());
        out.writeFieldName("coordinates");
        if (g instanceof Point p) {
            writePosition(out, p.getCoordinate());
        } else if (g instanceof LineString line) {
            writePositions(out, line.getCoordinates());
        } else if (g instanceof Polygon polygon) {
            writePolygon(out, polygon);
        } else if (g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon) {
            out.writeStartArray();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part instanceof Point p) {
                    writePosition(out, p.getCoordinate());
                } else if (part instanceof Polygon polygon) {
                    writePolygon(out, polygon);
                } else {
                    writePositions(out, part.getCoordinates());
                }
            }
            out.writeEndArray();
        } else {
            throw new IllegalArgumentException("cannot write " + g.getGeometryType());
        }
        out.writeEndObject();
    }

    private static void writePolygon(JsonGenerator out, Polygon polygon) throws IOException {
        out.writeStartArray();
        writeRing(out, polygon.getExteriorRing(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(out, polygon.getInteriorRingN(i), false);
        }
        out.writeEndArray();
    }

    private static void writeRing(JsonGenerator out, LinearRing ring, boolean counterClockwise) throws IOException {
        LinearRing oriented = Orientation.isCCW(ring.getCoordinateSequence()) == counterClockwise
                ? ring : ring.reverse();
        writePositions(out, oriented.getCoordinates());
    }

    private static void writePositions(JsonGenerator out, Coordinate[] coordinates) throws IOException {
        out.writeStartArray();
        for (Coordinate c : coordinates) {
            writePosition(out, c);
        }
        out.writeEndArray();
    }

    private static void writePosition(JsonGenerator out, Coordinate c) throws IOException {
        out.writeStartArray();
        out.writeNumber(decimal(c.x));
        out.writeNumber(decimal(c.y));
        out.writeEndArray();
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
