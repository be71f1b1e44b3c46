package org.timeatlas.maptool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Runs the territory composition on the real sources; skipped where {@code ../shared/maps-source} is absent. */
class TerritoryComposerTest {

    private static final Path SOURCES = Path.of(MapTool.DEFAULT_SOURCE);

    private static ComposedTerritories territories;

    @BeforeAll
    static void compose() {
        assumeTrue(Files.isDirectory(SOURCES), "no source folder " + SOURCES.toAbsolutePath());
        territories = new TerritoryComposer(new Sources(SOURCES), HandDrawnOutlines.load(),
                new MetricProjection(MetricProjection.GEORGIA_LCC)).compose();
    }

    @Test
    void siblingTerritoriesTileGeorgiaWithoutGapsOrOverlaps() {
        Geometry country = territories.country();
        List<Geometry> tiles = territories.tiling().stream().map(TerritoryShape::geometry).toList();
        double sumOfAreas = tiles.stream().mapToDouble(Geometry::getArea).sum();
        Geometry union = Geometries.union(tiles);
        double tolerance = country.getArea() * 1e-4;

        assertEquals(union.getArea(), sumOfAreas, tolerance, "overlapping siblings");
        assertEquals(0, Geometries.difference(country, union).getArea(), tolerance, "gaps in the tiling");
        assertEquals(0, Geometries.difference(union, country).getArea(), tolerance, "tiles outside the country");
    }

    @Test
    void everyOutlineIsAValidNonEmptyPolygon() {
        for (TerritoryShape shape : territories.shapes()) {
            assertFalse(shape.geometry().isEmpty(), shape.id());
            assertTrue(IsValidOp.isValid(shape.geometry()),
                    shape.id() + ": " + new IsValidOp(shape.geometry()).getValidationError());
            assertEquals(2, shape.geometry().getDimension(), shape.id());
        }
    }

    @Test
    void zonesOf2008LieOnTheRestOfGeorgia() {
        Geometry rest = territories.shape("georgia-rest").geometry();
        for (String id : List.of("buffer-zone-gori", "gori-zone-2008", "buffer-zone-west", "poti-senaki")) {
            Geometry zone = territories.shape(id).geometry();
            assertEquals(0, Geometries.difference(zone, rest).getArea(), 1e-6, id);
        }
    }

    @Test
    void knownPlacesFallInTheRightOutline() {
        assertInside("gali", 41.738, 42.627);            // Gali
        assertInside("akhalgori", 44.483, 42.126);       // Akhalgori
        assertInside("south-ossetia", 43.969, 42.228);   // Tskhinvali
        assertInside("liakhvi-villages", 43.950, 42.265); // Kurta
        assertInside("upper-kodori", 41.78, 43.09);      // Azhara
        assertInside("upper-kodori", 41.87, 43.05);      // Sakeni
        assertInside("abkhazia", 40.989, 43.007);        // Sukhumi
        assertInside("adjara", 41.940, 41.601);          // Keda
        assertInside("abkhazia", 41.469, 42.712);        // Ochamchire, kept out of Gali
        assertInside("gori-zone-2008", 44.116, 41.984);   // Gori
        assertInside("gori-zone-2008", 44.40, 41.99);     // Igoeti
        assertInside("buffer-zone-gori", 44.032, 42.075); // Variani
        assertOutside("buffer-zone-gori", 44.116, 41.984); // Gori was left on 22 August
        assertInside("buffer-zone-west", 41.871, 42.509); // Zugdidi
        assertInside("poti-senaki", 42.068, 42.270);     // Senaki
        assertInside("jpkf-zone", 43.969, 42.228);       // Tskhinvali
        assertInside("georgia-rest", 44.834, 41.694);    // Tbilisi
    }

    @Test
    void theTwoZonesAroundGoriDoNotOverlap() {
        Geometry town = territories.shape("gori-zone-2008").geometry();
        Geometry north = territories.shape("buffer-zone-gori").geometry();
        assertEquals(0, Geometries.intersection(town, north).getArea(), 1e-9);
    }

    private static void assertOutside(String id, double lon, double lat) {
        Geometry point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
        assertFalse(territories.shape(id).geometry().contains(point), id + " should not contain " + lon + " " + lat);
    }

    private static void assertInside(String id, double lon, double lat) {
        Geometry point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
        assertTrue(territories.shape(id).geometry().contains(point), id + " should contain " + lon + " " + lat);
    }
}
