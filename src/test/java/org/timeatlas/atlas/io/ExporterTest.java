package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Territory;
import org.timeatlas.testing.KmlSchema;
import org.timeatlas.testing.RingWinding;
import org.timeatlas.testing.TestAtlases;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The export formats as other tools read them: schema-valid KML, typed GeoJSON, RFC 4180 CSV, RFC 7946 rings. */
class ExporterTest {

    private static final String KML = "http://www.opengis.net/kml/2.2";

    private static Atlas embedded;

    @TempDir
    Path temp;

    /** The Georgia atlas, loaded once for the tests that export it (loading takes seconds on two cores). */
    private static synchronized Atlas embedded() {
        if (embedded == null) {
            embedded = TestAtlases.embedded();
        }
        return embedded;
    }

    // ---- KML -------------------------------------------------------------------------------------------

    @Test
    void kmlOfTheEmbeddedAtlasIsValidAgainstTheOgcSchema() throws IOException {
        Atlas atlas = embedded();
        Path file = temp.resolve("georgia.kml");
        Exporter.Written written = new Exporter(atlas).eventsKml(file);
        assertEquals(List.of(), KmlSchema.violations(file));
        assertEquals(atlas.events().size(), written.items());
        assertEquals(atlas.events().size(), placemarks(parse(file)).getLength(), "every event is a placemark");
    }

    @Test
    void theSchemaRejectsIdsThatStartWithADigit() throws IOException {
        // the control: the old export's ids (the bare event id) must fail the shipped schema
        Path file = temp.resolve("digit.kml");
        new Exporter(TestAtlases.islands()).eventsKml(file);
        String text = Files.readString(file).replace("id=\"e-2000-06-05-landing\"", "id=\"2000-06-05-landing\"");
        Files.writeString(file, text);
        List<String> violations = KmlSchema.violations(file);
        assertFalse(violations.isEmpty(), "the schema must reject an id that starts with a digit");
        assertTrue(violations.stream().allMatch(v -> v.contains("2000-06-05-landing")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("NCName")), violations.toString());
    }

    @Test
    void theSchemaRejectsPlacemarkElementsOutOfOrder() throws IOException {
        Path file = temp.resolve("order.kml");
        new Exporter(TestAtlases.islands()).eventsKml(file);
        String text = Files.readString(file);
        String name = "<name>Landing at Westport</name>";
        Files.writeString(file, text.replace(name, "").replace("<Point><coordinates>10.5,0.5</coordinates></Point>",
                "<Point><coordinates>10.5,0.5</coordinates></Point>" + name));
        assertFalse(KmlSchema.violations(file).isEmpty(), "a name after the geometry breaks the schema");
    }

    @Test
    void kmlKeepsEventsWithoutAPlaceAsPlacemarksWithoutGeometry() throws Exception {
        Atlas atlas = TestAtlases.islands();
        Path file = temp.resolve("islands.kml");
        Exporter.Written written = new Exporter(atlas).eventsKml(file);
        assertEquals(new Exporter.Written(5, 1), written);
        Element treaty = placemark(parse(file), "e-2000-03-01-treaty");
        assertEquals(0, treaty.getElementsByTagNameNS(KML, "Point").getLength());
        assertEquals("Treaty signed", text(treaty, "name"));
        assertEquals(List.of(), KmlSchema.violations(file));
    }

    @Test
    void kmlTimesCarryTheirPrecision() throws Exception {
        Atlas base = TestAtlases.islands();
        List<Event> events = new ArrayList<>(base.events());
        events.add(event("2000-04-01-month", LocalDateTime.of(2000, 4, 1, 0, 0), false, null, Certainty.MONTH));
        events.add(event("2000-05-01-months", LocalDateTime.of(2000, 5, 1, 0, 0), false,
                LocalDateTime.of(2000, 8, 1, 0, 0), Certainty.MONTH));
        events.add(event("2000-06-07-hours", LocalDateTime.of(2000, 6, 7, 6, 0), true,
                LocalDateTime.of(2000, 6, 7, 18, 30), Certainty.EXACT));
        Path file = temp.resolve("times.kml");
        new Exporter(withEvents(base, events)).eventsKml(file);
        Document kml = parse(file);

        assertEquals("2000-03-01", text(placemark(kml, "e-2000-03-01-treaty"), "when"), "date-only: a date");
        assertEquals("2000-06-05T04:30:00", text(placemark(kml, "e-2000-06-05-landing"), "when"),
                "a time of day: local dateTime");
        assertEquals("2000-04", text(placemark(kml, "e-2000-04-01-month"), "when"), "month-certain: the month");
        Element monitors = placemark(kml, "e-2000-06-10-monitors");
        assertEquals("2000-06-10", text(monitors, "begin"));
        assertEquals("2000-08-31", text(monitors, "end"), "[2000-06-10, 2000-09-01): the last day included");
        Element months = placemark(kml, "e-2000-05-01-months");
        assertEquals("2000-05", text(months, "begin"));
        assertEquals("2000-07", text(months, "end"), "[May, August): the last month included");
        Element hours = placemark(kml, "e-2000-06-07-hours");
        assertEquals("2000-06-07T06:00:00", text(hours, "begin"));
        assertEquals("2000-06-07T18:30:00", text(hours, "end"));
        assertEquals(List.of(), KmlSchema.violations(file));
    }

    @Test
    void aOneDaySpanEndsOnItsOwnDay() {
        Event oneDay = event("x", LocalDateTime.of(1997, 8, 14, 0, 0), false, LocalDateTime.of(1997, 8, 15, 0, 0),
                Certainty.DAY);
        assertEquals("1997-08-14", KmlTimes.begin(oneDay));
        assertEquals("1997-08-14", KmlTimes.end(oneDay));
        Event sameDay = event("y", LocalDateTime.of(1997, 8, 14, 0, 0), false, LocalDateTime.of(1997, 8, 14, 0, 0),
                Certainty.DAY);
        assertEquals("1997-08-14", KmlTimes.end(sameDay), "never before the start");
        Event untilNoon = event("z", LocalDateTime.of(1997, 8, 14, 0, 0), false, LocalDateTime.of(1997, 8, 15, 12, 0),
                Certainty.DAY);
        assertEquals("1997-08-15T12:00:00", KmlTimes.end(untilNoon), "an end with a time of day is an instant");
    }

    @Test
    void kmlIdsAreUniqueNcNamesWhateverTheEventId() {
        Set<String> taken = new HashSet<>();
        assertEquals("e-2008-08-08-x", EventsKml.xmlId("2008-08-08-x", taken));
        assertEquals("e-a_b", EventsKml.xmlId("a b", taken));
        assertEquals("e-a_b_2", EventsKml.xmlId("a:b", taken), "a clash after replacing gets a suffix");
        for (String id : taken) {
            assertTrue(id.matches("[A-Za-z_][A-Za-z0-9._-]*"), id + " is an NCName");
        }
    }

    @Test
    void kmlDataIsTypedBySchemaAndSkipsMissingValues() throws Exception {
        Path file = temp.resolve("typed.kml");
        new Exporter(TestAtlases.islands()).eventsKml(file);
        Document kml = parse(file);
        Map<String, String> types = new java.util.HashMap<>();
        NodeList fields = kml.getElementsByTagNameNS(KML, "SimpleField");
        for (int i = 0; i < fields.getLength(); i++) {
            Element field = (Element) fields.item(i);
            types.put(field.getAttribute("name"), field.getAttribute("type"));
        }
        assertEquals("int", types.get("importance"));
        assertEquals("double", types.get("lon"));
        assertEquals("string", types.get("title_hi"));
        assertFalse(types.containsKey("end"), "times live in TimeStamp/TimeSpan only");
        Element treaty = placemark(kml, "e-2000-03-01-treaty");
        assertEquals(Set.of(), simpleData(treaty, "lon"), "no place: no lon at all, not an empty string");
        assertEquals(Set.of("2"), simpleData(treaty, "importance"));
    }

    // ---- GeoJSON --------------------------------------------------------------------------------------

    @Test
    void geoJsonWritesNumbersAsNumbersAndMissingValuesAsNull() throws IOException {
        Path file = temp.resolve("events.geojson");
        new Exporter(TestAtlases.islands()).eventsGeoJson(file);
        JsonNode features = new ObjectMapper().readTree(file.toFile()).get("features");
        assertEquals(5, features.size());
        JsonNode treaty = features.get(0);
        assertTrue(treaty.get("geometry").isNull());
        JsonNode properties = treaty.get("properties");
        assertTrue(properties.get("importance").isInt(), properties.toString());
        assertEquals(2, properties.get("importance").asInt());
        assertTrue(properties.get("lon").isNull() && properties.get("lat").isNull(), properties.toString());
        assertTrue(properties.get("end").isNull(), "no end: null, not \"\"");
        assertTrue(properties.get("claimant").isNull());
        JsonNode landing = features.get(1).get("properties");
        assertTrue(landing.get("lon").isDouble() && landing.get("lat").isDouble(), landing.toString());
        assertEquals(10.5, landing.get("lon").asDouble());
        JsonNode monitors = features.get(4).get("properties");
        assertEquals("2000-09-01", monitors.get("end").asText(), "the atlas's (exclusive) end, at the start's precision");
    }

    @Test
    void territoriesFollowTheRightHandRuleWhateverTheSourceWinding() throws Exception {
        for (Atlas source : List.of(TestAtlases.islands(), embedded())) {
            List<Territory> reversed = source.territories().stream()
                    .map(t -> new Territory(t.id(), t.kind(), t.name(), t.approximate(), t.outline().reverse(), t.history()))
                    .toList();
            assertTrue(reversed.stream().allMatch(t -> !Orientation.isCCWArea(
                    ((Polygon) t.outline().getGeometryN(0)).getExteriorRing().getCoordinates())),
                    "the reversed source has clockwise exterior rings");
            for (Atlas atlas : List.of(source, withTerritories(source, reversed))) {
                Path file = temp.resolve(source.info().id() + "-territories.geojson");
                new Exporter(atlas).territoriesGeoJson(file, source.info().defaultMoment());
                JsonNode features = new ObjectMapper().readTree(file.toFile()).get("features");
                assertEquals(atlas.territories().size(), features.size());
                for (JsonNode feature : features) {
                    assertEquals(List.of(), RingWinding.violations(feature.get("geometry")), feature.get("id").asText());
                }
            }
        }
    }

    @Test
    void theRightHandRuleOrientsShellsAndHolesAndMultiPolygons() throws Exception {
        WKTReader wkt = new WKTReader();
        // shell clockwise, hole counter-clockwise: both wrong for RFC 7946
        Geometry wrong = wkt.read("MULTIPOLYGON (((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2)),"
                + " ((20 0, 20 5, 25 5, 20 0)))");
        Geometry right = RightHandRule.apply(wrong);
        for (int i = 0; i < right.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) right.getGeometryN(i);
            assertTrue(Orientation.isCCWArea(polygon.getExteriorRing().getCoordinates()), "shell " + i);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                assertFalse(Orientation.isCCWArea(polygon.getInteriorRingN(h).getCoordinates()), "hole " + h);
            }
        }
        assertTrue(right.equalsTopo(wrong), "the same area");
        Geometry point = wkt.read("POINT (1 2)");
        assertEquals(point, RightHandRule.apply(point));
    }

    // ---- CSV --------------------------------------------------------------------------------------------

    @Test
    void csvIsRfc4180() throws IOException {
        Atlas base = embedded();
        List<Event> events = new ArrayList<>(base.events());
        events.add(new Event("1995-01-01-tricky", LocalDateTime.of(1995, 1, 1, 0, 0), false, null, Certainty.DAY,
                EventType.POLITICAL, 1, new GeoPoint(44.0, 42.0), List.of(), false, null, null,
                LocalizedText.of("A \"quoted\", title", "शीर्षक, \"उद्धरण\""),
                LocalizedText.of("line one\r\nline two\nthree", "एक\nदो"), List.of()));
        Atlas atlas = withEvents(base, events);
        Path file = temp.resolve("events.csv");
        new Exporter(atlas).eventsCsv(file);
        byte[] bytes = Files.readAllBytes(file);
        assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF, "no byte-order mark");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", EventRecords.COLUMNS) + "\r\n"), "a header row");
        assertTrue(text.endsWith("\r\n"), "the last record ends with CRLF too");
        assertTrue(text.contains("\"A \"\"quoted\"\", title\""), "quotes doubled inside a quoted field");
        assertTrue(text.contains("\"line one\r\nline two\nthree\""), "line breaks kept inside quotes");

        // every record outside quotes ends with CRLF: strip quoted fields, then no bare LF or CR may remain
        String unquoted = text.replaceAll("\"(?:[^\"]|\"\")*\"", "Q");
        assertFalse(unquoted.replace("\r\n", "").contains("\n") || unquoted.replace("\r\n", "").contains("\r"),
                "records are separated by CRLF only");
        assertEquals(atlas.events().size() + 1, unquoted.split("\r\n").length, "a header and one line per event");

        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(atlas.events().size(), records.size());
            for (int i = 0; i < records.size(); i++) {
                Map<String, Object> expected = EventRecords.of(atlas.events().get(i));
                for (String column : EventRecords.COLUMNS) {
                    Object value = expected.get(column);
                    assertEquals(value == null ? "" : value.toString(), records.get(i).get(column),
                            atlas.events().get(i).id() + " " + column);
                }
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static Event event(String id, LocalDateTime start, boolean hasTime, LocalDateTime end, Certainty certainty) {
        return new Event(id, start, hasTime, end, certainty, EventType.POLITICAL, 2, new GeoPoint(10.9, 0.5),
                List.of(), false, null, null, LocalizedText.of("Title " + id, "शीर्षक " + id),
                LocalizedText.of("Summary.", "सारांश।"), List.of());
    }

    private static Atlas withEvents(Atlas a, List<Event> events) {
        return new Atlas(a.info(), a.statuses(), a.territories(), events, a.eras(), a.places(), a.base(), a.sources(),
                a.glossary(), a.sides(), a.movements(), a.dayCards());
    }

    private static Atlas withTerritories(Atlas a, List<Territory> territories) {
        return new Atlas(a.info(), a.statuses(), territories, a.events(), a.eras(), a.places(), a.base(), a.sources(),
                a.glossary(), a.sides(), a.movements(), a.dayCards());
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static NodeList placemarks(Document kml) {
        return kml.getElementsByTagNameNS(KML, "Placemark");
    }

    private static Element placemark(Document kml, String id) {
        NodeList all = placemarks(kml);
        for (int i = 0; i < all.getLength(); i++) {
            Element placemark = (Element) all.item(i);
            if (placemark.getAttribute("id").equals(id)) {
                return placemark;
            }
        }
        throw new AssertionError("no placemark " + id);
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(KML, name);
        assertEquals(1, found.getLength(), "one <" + name + ">");
        return found.item(0).getTextContent();
    }

    private static Set<String> simpleData(Element placemark, String name) {
        Set<String> values = new HashSet<>();
        NodeList data = placemark.getElementsByTagNameNS(KML, "SimpleData");
        for (int i = 0; i < data.getLength(); i++) {
            Element element = (Element) data.item(i);
            if (element.getAttribute("name").equals(name)) {
                values.add(element.getTextContent());
            }
        }
        return values;
    }
}
