package org.timeatlas.maptool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Checks the territory outlines the map tool wrote into the embedded atlas (committed, always present). */
class CommittedTerritoriesTest {

    private static final Path FILE = Path.of(MapTool.DEFAULT_ATLAS, "territories.geojson");

    private static final List<String> EXPECTED = List.of(
            "abkhazia", "gali", "upper-kodori", "south-ossetia", "akhalgori", "liakhvi-villages", "adjara",
            "georgia-rest", "buffer-zone-gori", "gori-zone-2008", "buffer-zone-west", "poti-senaki",
            "jpkf-zone", "cis-security-zone", "cis-restricted-weapons-zone");

    @Test
    void everyExpectedTerritoryHasOneValidPolygonalOutline() {
        List<SourceFeature> features = SourceLayer.read(FILE).features();
        Map<String, Long> counts = features.stream()
                .collect(Collectors.groupingBy(f -> f.text("id"), Collectors.counting()));
        for (String id : EXPECTED) {
            assertEquals(1L, counts.getOrDefault(id, 0L), "features with id " + id);
        }
        Map<String, Geometry> byId = features.stream()
                .collect(Collectors.toMap(f -> f.text("id"), SourceFeature::geometry, (a, b) -> a));
        for (String id : EXPECTED) {
            Geometry g = byId.get(id);
            assertTrue(g.getGeometryType().equals("Polygon") || g.getGeometryType().equals("MultiPolygon"), id);
            assertTrue(IsValidOp.isValid(g), id + ": " + new IsValidOp(g).getValidationError());
            assertTrue(g.getArea() > 0, id);
        }
    }

    @Test
    void exteriorRingsRunCounterClockwiseAsRfc7946Asks() {
        for (SourceFeature f : SourceLayer.read(FILE).features()) {
            for (Polygon p : Geometries.polygons(f.geometry())) {
                assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinateSequence()), f.text("id"));
            }
        }
    }

    @Test
    void siblingOutlinesDoNotOverlap() {
        Map<String, Geometry> byId = SourceLayer.read(FILE).features().stream()
                .collect(Collectors.toMap(f -> f.text("id"), SourceFeature::geometry, (a, b) -> a));
        List<Geometry> siblings = EXPECTED.subList(0, 8).stream().map(byId::get).toList();
        double sum = siblings.stream().mapToDouble(Geometry::getArea).sum();
        assertEquals(Geometries.union(siblings).getArea(), sum, sum * 1e-4);
    }

    @Test
    void theTwoZonesAroundGoriDoNotOverlap() {
        Map<String, Geometry> byId = SourceLayer.read(FILE).features().stream()
                .collect(Collectors.toMap(f -> f.text("id"), SourceFeature::geometry, (a, b) -> a));
        Geometry town = byId.get("gori-zone-2008");
        Geometry north = byId.get("buffer-zone-gori");
        assertEquals(0, Geometries.intersection(town, north).getArea(), Math.min(town.getArea(), north.getArea()) * 1e-4);
    }
}
