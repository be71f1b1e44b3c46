package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.testing.KmlSchema;
import org.timeatlas.testing.TestAtlases;
import org.w3c.dom.Document;

/** The batch side of the command line: it needs no display and answers with exit codes and plain lines. */
class CommandLineTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void validateExitsZeroForAValidAtlas() {
        assertEquals(0, run("--validate", TestAtlases.islandsFolder().toString()));
        assertTrue(out().contains("valid atlas \"islands\""), out());
    }

    @Test
    void validatePrintsOneLinePerProblemAndExitsOne() {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("broken"));
        TestAtlases.edit(atlas, "events/all.json", "\"start\": \"2000-03-01\"", "\"start\": \"1999-03-01\"");
        TestAtlases.edit(atlas, "territories.json", "\"status\": \"north\"", "\"status\": \"nord\"");
        assertEquals(1, run("--validate", atlas.toString()));
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).matches("events/all\\.json:2:\\d+: .*outside the atlas span.*"), lines.get(0));
        assertTrue(lines.get(1).matches("territories\\.json:4:\\d+: .*unknown status \"nord\".*"), lines.get(1));
        assertFalse(out().contains("Exception"), "no stack trace");
    }

    @Test
    void theEmbeddedAtlasIsValid() {
        Path folder = Path.of("maps/georgia-1991-2008");
        assertEquals(0, run("--validate", folder.toString()), out());
    }

    @Test
    void aWrongDateIsAPlainMessageWithExitCodeTwo() {
        assertEquals(2, run("--date", "2008-13-45", "--validate", "x"));
        assertTrue(err().contains("\"2008-13-45\" is not a date"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void onlyArgumentsThatMayOpenTheWindowStartTheToolkitEarly() {
        assertTrue(LaunchOptions.mayOpenWindow("--date", "2008-08-08", "--lang", "hi", "--size", "1280x800"));
        assertTrue(LaunchOptions.mayOpenWindow());
        assertFalse(LaunchOptions.mayOpenWindow("--validate", "maps/x"));
        assertFalse(LaunchOptions.mayOpenWindow("--export=events.csv"));
        assertFalse(LaunchOptions.mayOpenWindow("-hV"));
        assertFalse(LaunchOptions.mayOpenWindow("--version"));
    }

    @Test
    void aWrongLanguageIsRejected() {
        assertEquals(2, run("--lang", "fr", "--validate", "x"));
        assertTrue(err().contains("--lang must be en or hi"), err());
    }

    @Test
    void exportsEventsAsRfc4180Csv() throws IOException {
        Path csv = temp.resolve("events.csv");
        assertEquals(0, run("--atlas", TestAtlases.islandsFolder().toString(), "--export", csv.toString()));
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertTrue(parser.getHeaderNames().containsAll(List.of("id", "start", "end", "certainty", "type", "kind",
                    "claimant", "importance", "lon", "lat", "territories", "title_en", "title_hi", "summary_en",
                    "summary_hi", "sources")));
            List<CSVRecord> records = parser.getRecords();
            assertEquals(5, records.size());
            CSVRecord claim = records.stream().filter(r -> r.get("id").equals("2000-06-06-who-fired")).findFirst().orElseThrow();
            assertEquals("claim", claim.get("kind"));
            assertEquals("Northern council", claim.get("claimant"));
            assertEquals("उत्तर का दावा: दक्षिण ने पहले गोली चलाई", claim.get("title_hi"));
        }
        assertTrue(Files.readString(csv).contains("\r\n"), "RFC 4180 lines end with CRLF");
    }

    @Test
    void exportsEventsAsGeoJsonPoints() throws IOException {
        Path file = temp.resolve("events.geojson");
        assertEquals(0, run("--atlas", TestAtlases.islandsFolder().toString(), "--export", file.toString()));
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("FeatureCollection", json.get("type").asText());
        assertEquals(5, json.get("features").size());
        JsonNode landing = json.get("features").get(1);
        assertEquals("Point", landing.get("geometry").get("type").asText());
        assertEquals(10.5, landing.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals("2000-06-05T04:30", landing.get("properties").get("start").asText());
        assertTrue(landing.get("properties").get("importance").isInt(), "numbers as numbers");
        assertTrue(json.get("features").get(0).get("properties").get("lon").isNull(), "a missing place as null");
    }

    @Test
    void exportsEveryEventAsKmlWithTimesAtTheirPrecision() throws Exception {
        Path file = temp.resolve("events.kml");
        assertEquals(0, run("--atlas", TestAtlases.islandsFolder().toString(), "--export", file.toString()));
        assertEquals("wrote 5 events to " + file + " (1 of them have no place and are written without coordinates)\n",
                out().replace("\r\n", "\n"), "the message counts what the file holds");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document kml = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals(5, kml.getElementsByTagName("Placemark").getLength(), "every event, with a place or not");
        assertEquals(4, kml.getElementsByTagName("Point").getLength(), "the events with a place");
        assertEquals(4, kml.getElementsByTagName("TimeStamp").getLength());
        assertEquals(1, kml.getElementsByTagName("TimeSpan").getLength());
        assertEquals("2000-03-01", kml.getElementsByTagName("when").item(0).getTextContent(), "a date-only event");
        assertEquals("2000-06-05T04:30:00", kml.getElementsByTagName("when").item(1).getTextContent());
        assertEquals(List.of(), KmlSchema.violations(file));
    }

    @Test
    void exportsTerritoriesWithTheirStatusAtADate() throws IOException {
        Path file = temp.resolve("territories.geojson");
        assertEquals(0, run("--atlas", TestAtlases.islandsFolder().toString(), "--export", file.toString(),
                "--date", "2000-06-06"));
        JsonNode features = new ObjectMapper().readTree(file.toFile()).get("features");
        assertEquals(3, features.size());
        JsonNode west = features.get(0).get("properties");
        assertEquals("west-isle", west.get("id").asText());
        assertEquals("war", west.get("status").asText());
        assertEquals("Nobody", west.get("authority_en").asText());
        assertEquals("Polygon", features.get(0).get("geometry").get("type").asText());
        assertTrue(features.get(2).get("properties").get("status").isNull(), "the overlay is not active on that day");
    }

    @Test
    void exportWithAnUnknownExtensionIsRefused() {
        assertEquals(2, run("--atlas", TestAtlases.islandsFolder().toString(), "--export", temp.resolve("x.txt").toString()));
        assertTrue(err().contains(".csv, .geojson or .kml"), err());
    }

    @Test
    void exportToTheRootIsOneLineAndExitTwo() {
        assertEquals(2, run("--atlas", TestAtlases.islandsFolder().toString(), "--export", "/"));
        assertEquals(List.of("time-atlas: --export /: not a file name; give a file such as out.txt"), err().lines().toList());
    }

    @Test
    void exportToAFolderIsRefusedAndTheFolderIsLeftAsItWas() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("events.csv"));
        Files.writeString(folder.resolve("keep.txt"), "keep");
        assertEquals(2, run("--atlas", TestAtlases.islandsFolder().toString(), "--export", folder.toString()));
        assertTrue(err().startsWith("time-atlas: --export " + folder + ": is a folder"), err());
        assertEquals("keep", Files.readString(folder.resolve("keep.txt")));
    }

    @Test
    void exportIntoAMissingFolderIsRefusedAndTheFolderIsNotCreated() {
        Path file = temp.resolve("missing/events.csv");
        assertEquals(2, run("--atlas", TestAtlases.islandsFolder().toString(), "--export", file.toString()));
        assertTrue(err().contains("the folder " + temp.resolve("missing") + " does not exist"), err());
        assertFalse(Files.exists(temp.resolve("missing")));
    }

    @Test
    void snapshotToAFolderEmptyOrNotIsRefusedBeforeTheAppStartsAndNothingIsDeleted() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Path full = Files.createDirectory(temp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "keep");
        for (Path folder : List.of(empty, full)) {
            Child child = launchChild("--snapshot", folder.toString());
            assertEquals(2, child.exit(), child.err());
            // JavaFX's own warning about starting from the class path may come first: the toolkit starts early
            assertEquals(List.of("time-atlas: --snapshot " + folder + ": is a folder; give a file name in it, e.g. "
                    + folder.resolve("out.png")), child.err().lines().filter(l -> l.startsWith("time-atlas:")).toList());
            assertFalse(child.err().contains("Exception"), child.err());
            assertTrue(Files.isDirectory(folder));
        }
        assertEquals("keep", Files.readString(full.resolve("keep.txt")));
    }

    @Test
    void snapshotIntoAMissingFolderIsRefusedAndTheFolderIsNotCreated() throws Exception {
        Path file = temp.resolve("a/b/shot.png");
        Child child = launchChild("--snapshot", file.toString());
        assertEquals(2, child.exit(), child.err());
        assertTrue(child.err().contains("does not exist (it is not created for you)"), child.err());
        assertFalse(Files.exists(temp.resolve("a")));
    }

    @Test
    void controlCharactersInAnOptionAreEscapedInTheMessage() {
        assertEquals(2, run("--lang", "\u001b[31mfr", "--validate", "x"));
        assertTrue(err().contains("--lang must be en or hi, not \"\\u001b[31mfr\""), err());
    }

    @Test
    void exportedOutlinesFollowTheRightHandRuleWhateverTheFileWrote() throws IOException {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("clockwise"));
        TestAtlases.edit(atlas, "territories.geojson", "[[[10,0],[11,0],[11,1],[10,1],[10,0]]]",
                "[[[10,0],[10,1],[11,1],[11,0],[10,0]]]");
        Path file = temp.resolve("territories.geojson");
        assertEquals(0, run("--atlas", atlas.toString(), "--export", file.toString(), "--date", "2000-06-06"), err());
        JsonNode ring = new ObjectMapper().readTree(file.toFile()).get("features").get(0).get("geometry")
                .get("coordinates").get(0);
        double area = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            area += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        assertTrue(area > 0, "the exterior ring is counter-clockwise (RFC 7946 §3.1.6): " + ring);
    }

    /** What a child JVM running the launcher printed and returned. */
    private record Child(int exit, String out, String err) {
    }

    /** Runs the launcher in its own JVM (headless), for options that would start the toolkit here. */
    private Child launchChild(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not exit");
        }
        return new Child(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
