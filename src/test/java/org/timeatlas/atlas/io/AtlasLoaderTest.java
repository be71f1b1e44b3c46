package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.testing.TestAtlases;

class AtlasLoaderTest {

    @TempDir
    Path temp;

    @Test
    void loadsTheSyntheticAtlasWithEverythingInIt() {
        LoadResult result = AtlasLoader.load(TestAtlases.islandsFolder());
        assertEquals(List.of(), result.problems());
        Atlas atlas = result.atlas().orElseThrow();
        assertEquals("islands", atlas.info().id());
        assertEquals(List.of("west-isle", "east-isle", "strait-zone"),
                atlas.territories().stream().map(t -> t.id()).toList());
        assertEquals(5, atlas.events().size());
        assertEquals(LocalDateTime.of(2000, 6, 8, 12, 0), atlas.territory("west-isle").orElseThrow().history().get(2).from());
        assertEquals(LocalDateTime.of(2001, 1, 1, 0, 0), atlas.territory("east-isle").orElseThrow().history().get(0).to());
        assertEquals("p. 2", atlas.territory("west-isle").orElseThrow().history().get(1).sources().get(0).section());
        assertTrue(atlas.event("2000-06-06-who-fired").orElseThrow().claim());
        assertEquals(2, atlas.places().size());
        assertEquals(1, atlas.base().size());
    }

    @Test
    void malformedJsonIsReportedWithFileLineAndColumn() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "eras.json", "\"calm\",", "\"calm\" ");
        assertOnlyProblem(atlas, "eras.json:2:", "malformed JSON");
    }

    @Test
    void unknownTerritoryIdInAnEventIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "events/all.json", "\"territories\": [\"east-isle\"]", "\"territories\": [\"north-isle\"]");
        assertOnlyProblem(atlas, "events/all.json:15:45:", "unknown territory \"north-isle\"");
    }

    @Test
    void unknownStatusIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "territories.json", "\"status\": \"north\"", "\"status\": \"nord\"");
        assertOnlyProblem(atlas, "territories.json:4:", "unknown status \"nord\"");
    }

    @Test
    void eventDateOutsideTheSpanIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "events/all.json", "\"start\": \"2000-03-01\"", "\"start\": \"1999-03-01\"");
        assertOnlyProblem(atlas, "events/all.json:2:", "\"start\" 1999-03-01 lies outside the atlas span");
    }

    @Test
    void impossibleDateIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "events/all.json", "\"start\": \"2000-03-01\"", "\"start\": \"2000-02-30\"");
        assertOnlyProblem(atlas, "events/all.json:2:", "is not a real date: \"2000-02-30\"");
    }

    @Test
    void overlappingStatusSpansAreReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "territories.json", "{\"from\": \"2000-06-05\"", "{\"from\": \"2000-06-01\"");
        assertOnlyProblem(atlas, "territories.json:5:", "overlaps the previous one");
    }

    @Test
    void gapBetweenStatusSpansIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "territories.json", "{\"from\": \"2000-06-05\"", "{\"from\": \"2000-06-06\"");
        assertOnlyProblem(atlas, "territories.json:5:", "gap: the previous span ends 2000-06-05T00:00 but this one starts");
    }

    @Test
    void spansOutOfOrderAreReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "territories.json",
                "{\"from\": \"2000-06-08T12:00\", \"status\": \"south\"",
                "{\"from\": \"2000-03-01\", \"to\": \"2001-01-01\", \"status\": \"south\"");
        assertOnlyProblem(atlas, "territories.json:6:", "overlaps the previous one");
    }

    @Test
    void missingTranslationIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "events/all.json", ", \"hi\": \"युद्धविराम\"}", "}");
        assertOnlyProblem(atlas, "events/all.json:15:68:", "missing translation: \"title\" has no \"hi\" text");
    }

    @Test
    void selfIntersectingOutlineIsReportedAsInvalidGeometry() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "territories.geojson", "[[[10,0],[11,0],[11,1],[10,1],[10,0]]]",
                "[[[10,0],[11,1],[11,0],[10,1],[10,0]]]");
        List<Problem> problems = AtlasLoader.load(atlas).problems();
        assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith("territories.geojson:2:")
                && p.message().contains("invalid geometry: self-intersection at lon 10.50000, lat 0.50000")), problems::toString);
    }

    @Test
    void unclosedRingIsReportedAtTheRing() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "territories.geojson", "[[[11.2,0],[12,0],[12,1],[11.2,1],[11.2,0]]]",
                "[[[11.2,0],[12,0],[12,1],[11.2,1],[11.3,0]]]");
        List<Problem> problems = AtlasLoader.load(atlas).problems();
        assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith("territories.geojson:3:")
                && p.message().contains("not closed")), problems::toString);
    }

    @Test
    void unknownSourceIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "events/all.json", "\"sources\": [\"chronicle\"]", "\"sources\": [\"chronicles\"]");
        assertOnlyProblem(atlas, "events/all.json:4:", "unknown source \"chronicles\"");
    }

    @Test
    void eventPlaceOutsideItsTerritoryIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "events/all.json", "\"lon\": 10.5, \"lat\": 0.5", "\"lon\": 11.5, \"lat\": 0.5");
        assertOnlyProblem(atlas, "events/all.json:6:11:", "is not inside territory \"west-isle\"");
    }

    @Test
    void claimWithoutClaimantIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "events/all.json", "\"claimant\": {\"en\": \"Northern council\", \"hi\": \"उत्तरी परिषद\"},", "");
        assertOnlyProblem(atlas, "events/all.json:8:3:", "a claim must name its \"claimant\"");
    }

    @Test
    void missingFileIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        atlas.resolve("statuses.json").toFile().delete();
        List<Problem> problems = AtlasLoader.load(atlas).problems();
        assertTrue(problems.stream().anyMatch(p -> p.toString().equals(
                "statuses.json:1:1: missing file (every atlas needs statuses.json)")), problems::toString);
    }

    @Test
    void notAFolderGivesOneProblemAndNoAtlas() {
        LoadResult result = AtlasLoader.load(temp.resolve("nowhere"));
        assertFalse(result.valid());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().contains("no such directory"));
    }

    @Test
    void typoInAFieldNameIsReported() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "events/all.json", "\"importance\": 2,", "\"importance\": 2, \"imprtance\": 2,");
        List<Problem> problems = AtlasLoader.load(atlas).problems();
        assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith("events/all.json:2:")
                && p.message().contains("unknown field \"imprtance\"")), problems::toString);
    }

    private static void assertOnlyProblem(Path atlas, String location, String message) {
        LoadResult result = AtlasLoader.load(atlas);
        assertFalse(result.valid(), "the broken atlas must not load");
        assertEquals(1, result.problems().size(), () -> "expected one problem, got " + result.problems());
        String line = result.problems().get(0).toString();
        assertTrue(line.startsWith(location), () -> "expected the problem at " + location + ", got " + line);
        assertTrue(line.contains(message), () -> "expected \"" + message + "\" in " + line);
    }
}
