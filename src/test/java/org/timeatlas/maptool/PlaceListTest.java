package org.timeatlas.maptool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * The curated place list ({@code maptool/places.csv}), its cited points ({@code maptool/cited-points.csv})
 * and the {@code places.geojson} the map tool wrote from them (committed, so no source folder is needed).
 */
class PlaceListTest {

    private static final Set<String> KINDS = Set.of("capital", "town", "village", "region", "site");
    private static final Path COMMITTED = Path.of(MapTool.DEFAULT_ATLAS, "places.geojson");

    @Test
    void degreesMinutesAndSecondsAreReadAsThePagesWriteThem() {
        assertEquals(41.6947, CitedPoints.degrees("41°41′40.92″N", "NS", "t"), 1e-6);
        assertEquals(42.116667, CitedPoints.degrees("42°07′N", "NS", "t"), 1e-6);
        assertEquals(40.01, CitedPoints.degrees("40°0′36″E", "EW", "t"), 1e-6);
        assertEquals(-3.5, CitedPoints.degrees("3°30'W", "EW", "t"), 1e-9);
        assertEquals(43.5, CitedPoints.degrees("43°30'0\"N", "NS", "t"), 1e-9);
    }

    @Test
    void malformedDegreesAreRejectedWithTheirPlace() {
        for (String bad : List.of("42.5N", "42°61′N", "42°10′E", "", "42°10′70″N", "N42°10′")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> CitedPoints.degrees(bad, "NS", "cited-points.csv: row 9 (x)"), bad);
            assertTrue(e.getMessage().startsWith("cited-points.csv: row 9 (x)"), e.getMessage());
        }
    }

    @Test
    void everyRowHasAUniqueIdAKnownKindARankAndNamesInEnglishAndDevanagari() {
        Set<String> ids = new HashSet<>();
        for (Map<String, String> row : rows()) {
            String id = row.get("id");
            assertTrue(ids.add(id), "repeated id " + id);
            assertTrue(KINDS.contains(row.get("kind")), id + ": kind " + row.get("kind"));
            int rank = Integer.parseInt(row.get("rank"));
            assertTrue(rank >= 1 && rank <= 6, id + ": rank " + rank);
            assertTrue(!row.get("name_en").isBlank(), id + ": name_en");
            assertTrue(row.get("name_hi").codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F),
                    id + ": name_hi is written in Devanagari");
            assertTrue(row.get("name_hi").codePoints().noneMatch(c -> c >= 'A' && c <= 'z'),
                    id + ": name_hi has no Latin letters");
        }
    }

    @Test
    void pageSourcesAndCitedPointsMatchOneToOne() {
        Set<String> used = rows().stream().map(r -> r.get("source")).filter(s -> s.startsWith("page:"))
                .map(s -> s.substring("page:".length())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(CitedPoints.read().all().keySet()), used,
                "keys of cited-points.csv against the page: sources of places.csv");
    }

    @Test
    void everyCitedPointLiesInTheSourcesBoxAndNamesItsPage() {
        for (CitedPoints.CitedPoint point : CitedPoints.read().all().values()) {
            Coordinate c = point.lonLat();
            assertTrue(c.x >= CitedPoints.WEST && c.x <= CitedPoints.EAST, point.key() + ": lon " + c.x);
            assertTrue(c.y >= CitedPoints.SOUTH && c.y <= CitedPoints.NORTH, point.key() + ": lat " + c.y);
            assertTrue(point.page().startsWith("http"), point.key() + ": page " + point.page());
            assertTrue(point.article().matches("([a-z]{2}\\.wikipedia|Wikimapia) \\S.*"),
                    point.key() + ": article names the edition and title it shows: " + point.article());
        }
    }

    @Test
    void theCommittedPlacesAreTheListedOnesAtTheirCitedPoints() {
        Map<String, SourceFeature> committed = new LinkedHashMap<>();
        for (SourceFeature f : SourceLayer.read(COMMITTED).features()) {
            committed.put(f.text("id"), f);
        }
        assertEquals(rows().stream().map(r -> r.get("id")).toList(), List.copyOf(committed.keySet()),
                "places.geojson is out of date: rebuild it with mvn -q -Pmaptool process-classes");
        CitedPoints cited = CitedPoints.read();
        for (Map<String, String> row : rows()) {
            SourceFeature feature = committed.get(row.get("id"));
            assertEquals(row.get("rank"), String.valueOf(((Number) feature.properties().get("rank")).intValue()),
                    row.get("id") + ": rank");
            assertEquals(row.get("kind"), feature.text("kind"), row.get("id") + ": kind");
            assertEquals(row.get("name_en"), feature.text("name_en"), row.get("id") + ": name_en");
            assertEquals(row.get("name_hi"), feature.text("name_hi"), row.get("id") + ": name_hi");
            if (row.get("source").startsWith("page:")) {
                Coordinate expected = cited.get(row.get("source").substring("page:".length())).lonLat();
                Coordinate actual = feature.geometry().getCoordinate();
                assertEquals(expected.x, actual.x, 1e-5, row.get("id") + ": lon");
                assertEquals(expected.y, actual.y, 1e-5, row.get("id") + ": lat");
            }
        }
    }

    private static List<Map<String, String>> rows() {
        return CsvResource.read(PlaceCatalogue.RESOURCE);
    }
}
