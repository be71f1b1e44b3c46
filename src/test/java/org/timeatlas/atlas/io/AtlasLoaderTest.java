package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;
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

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws IOException {
        Path atlas = TestAtlases.copyOfIslands(temp);
        Path eras = atlas.resolve("eras.json");
        byte[] text = Files.readAllBytes(eras);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xef;
        withMark[1] = (byte) 0xbb;
        withMark[2] = (byte) 0xbf;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(eras, withMark);
        assertEquals(List.of(), AtlasLoader.load(atlas).problems(), "what Windows Notepad writes is accepted");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumnInPlainWords() throws IOException {
        Path atlas = TestAtlases.copyOfIslands(temp);
        Files.write(atlas.resolve("sides.json"), "[\n  {\"id\": \"north\", \"name\": {\"en\": \"Nor\u00e9\"".getBytes(StandardCharsets.ISO_8859_1));
        assertOnlyProblem(atlas, "sides.json:2:38:", "not valid UTF-8 text (the byte 0xE9 cannot stand here)");
    }

    @Test
    void clockwiseRingsAreAcceptedAndTurnedToTheRightHandRule() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "territories.geojson", "[[[11.2,0],[12,0],[12,1],[11.2,1],[11.2,0]]]",
                "[[[11.2,0],[11.2,1],[12,1],[12,0],[11.2,0]]]");
        TestAtlases.edit(atlas, "base/sea.geojson", "[[9,-1],[13,-1],[13,2],[9,2],[9,-1]],[[10,0],[10,1],[12,1],[12,0],[10,0]]",
                "[[9,-1],[9,2],[13,2],[13,-1],[9,-1]],[[10,0],[12,0],[12,1],[10,1],[10,0]]");
        LoadResult result = AtlasLoader.load(atlas);
        assertEquals(List.of(), result.problems(), "RFC 7946 §3.1.6: readers should not reject either winding");
        Atlas loaded = result.atlas().orElseThrow();
        Polygon east = (Polygon) loaded.territory("east-isle").orElseThrow().outline();
        assertTrue(Orientation.isCCW(east.getExteriorRing().getCoordinates()), "exterior ring counter-clockwise");
        Polygon sea = (Polygon) loaded.base().get(0).geometry();
        assertTrue(Orientation.isCCW(sea.getExteriorRing().getCoordinates()), "exterior ring counter-clockwise");
        assertFalse(Orientation.isCCW(sea.getInteriorRingN(0).getCoordinates()), "hole clockwise");
    }

    @Test
    void aNumberWhereAnIdMustBeAStringIsCalledANumberNotMissing() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "places.geojson", "\"id\": \"eastport\"", "\"id\": 17");
        assertOnlyProblem(atlas, "places.geojson:3:43:", "place: \"id\" must be a string, found a number");
    }

    @Test
    void anEmptyStringSaysItMustNotBeEmpty() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "sources/test.json", "\"title\": \"Island Gazette\"", "\"title\": \"  \"");
        assertOnlyProblem(atlas, "sources/test.json:3:", "source: \"title\" must not be empty");
    }

    @Test
    void theSameKeyTwiceInAnObjectIsReportedAtTheSecond() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "sides.json", "\"colour\": \"#332288\"", "\"colour\": \"#332288\", \"colour\": \"#000000\"");
        assertOnlyProblem(atlas, "sides.json:2:", "the key \"colour\" appears twice in one object");
    }

    @Test
    void controlCharactersAndTerminalEscapesInDataAreEscapedInMessages() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "territories.json", "\"status\": \"north\"", "\"status\": \"\\u001b]0;pwned\\u0007\\u009b2J\"");
        LoadResult result = AtlasLoader.load(atlas);
        String line = result.problems().get(0).toString();
        assertTrue(line.contains("unknown status \"\\u001b]0;pwned\\u0007\\u009b2J\""), line);
        assertTrue(line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)), line);
    }

    @Test
    void beyondTheLimitProblemsAreCountedOnALastLine() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "eras.json", "[", "[" + "1, ".repeat(Limits.PROBLEMS + 500));
        List<Problem> problems = AtlasLoader.load(atlas).problems();
        assertEquals(Limits.PROBLEMS + 1, problems.size());
        Problem last = problems.get(problems.size() - 1);
        assertTrue(last.message().startsWith("500 more problem(s) from here on are not listed"), last.toString());
    }

    @Test
    void anEventThatEndsWhereItStartsGetsOneTrueMessage() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "events/all.json", "\"end\": \"2000-09-01\"", "\"end\": \"2000-06-10\"");
        assertOnlyProblem(atlas, "events/all.json:17:", "the event ends where it starts; leave out \"end\" for a single moment");
    }

    @Test
    void aBadProjectionIsAProblemAtItsPlaceAndTheRestIsStillChecked() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "atlas.json", "+proj=merc +lon_0=10", "+proj=laea +lon_0=10");
        TestAtlases.edit(atlas, "events/all.json", "\"start\": \"2000-03-01\"", "\"start\": \"1999-03-01\"");
        List<String> problems = AtlasLoader.load(atlas).problems().stream().map(Problem::toString).toList();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("atlas.json:8:17: \"projection\" +proj=laea is not a conformal projection"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith("events/all.json:2:"), problems.get(1));
    }

    @Test
    void aReferenceToAnEntryWithItsOwnProblemIsNotCalledUnknown() {
        Path atlas = TestAtlases.copyOfIslands(temp);
        TestAtlases.edit(atlas, "sources/test.json", "\"year\": 2000,", "\"year\": \"2000\",");
        assertOnlyProblem(atlas, "sources/test.json:3:", "\"year\" must be a number, found a string");
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
