package org.timeatlas.atlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;

/** Writes an atlas's events (CSV, GeoJSON, KML) or its territories at a moment (GeoJSON) in open formats. */
public final class Exporter {

    private static final DateTimeFormatter KML_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private final Atlas atlas;

    public Exporter(Atlas atlas) {
        this.atlas = atlas;
    }

    /** RFC 4180 CSV (CRLF line ends, quoted where needed), UTF-8. */
    public void eventsCsv(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                     .setHeader(EventRecords.COLUMNS.toArray(String[]::new)).get())) {
            for (Event event : atlas.events()) {
                csv.printRecord(EventRecords.of(event).values());
            }
        }
    }

    /** RFC 7946 GeoJSON: one Point feature per event (geometry null when the event has no place). */
    public void eventsGeoJson(Path file) throws IOException {
        try (JsonGenerator json = new JsonFactory(new ObjectMapper()).createGenerator(file.toFile(),
                com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Event event : atlas.events()) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeStringField("id", event.id());
                if (event.location() == null) {
                    json.writeNullField("geometry");
                } else {
                    json.writeObjectFieldStart("geometry");
                    json.writeStringField("type", "Point");
                    json.writeArrayFieldStart("coordinates");
                    json.writeNumber(event.location().lon());
                    json.writeNumber(event.location().lat());
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeObjectFieldStart("properties");
                for (Map.Entry<String, String> field : EventRecords.of(event).entrySet()) {
                    json.writeStringField(field.getKey(), field.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** KML 2.2 with a TimeStamp (or TimeSpan) per placemark, so Google Earth's time slider works. */
    public void eventsKml(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("kml");
            xml.writeDefaultNamespace("http://www.opengis.net/kml/2.2");
            xml.writeStartElement("Document");
            element(xml, "name", atlas.info().title().get("en"));
            for (Event event : atlas.events()) {
                if (event.location() == null) {
                    continue;
                }
                Map<String, String> record = EventRecords.of(event);
                xml.writeStartElement("Placemark");
                xml.writeAttribute("id", event.id());
                element(xml, "name", record.get("title_en"));
                element(xml, "description", record.get("summary_en") + "\n\n" + record.get("title_hi") + "\n"
                        + record.get("summary_hi") + "\n\nSources: " + record.get("sources"));
                if (event.end() == null) {
                    xml.writeStartElement("TimeStamp");
                    element(xml, "when", KML_TIME.format(event.start()));
                } else {
                    xml.writeStartElement("TimeSpan");
                    element(xml, "begin", KML_TIME.format(event.start()));
                    element(xml, "end", KML_TIME.format(event.end()));
                }
                xml.writeEndElement();
                xml.writeStartElement("ExtendedData");
                for (Map.Entry<String, String> field : record.entrySet()) {
                    xml.writeStartElement("Data");
                    xml.writeAttribute("name", field.getKey());
                    element(xml, "value", field.getValue());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeStartElement("Point");
                element(xml, "coordinates", event.location().lon() + "," + event.location().lat());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    /** Every territory with its status and controlling authority at {@code moment}, as RFC 7946 GeoJSON. */
    public void territoriesGeoJson(Path file, LocalDateTime moment) throws IOException {
        Map<String, Status> statuses = atlas.statusesById();
        GeoJsonWriter geometryWriter = new GeoJsonWriter(6);
        geometryWriter.setEncodeCRS(false);
        ObjectMapper mapper = new ObjectMapper();
        try (JsonGenerator json = new JsonFactory(mapper).createGenerator(file.toFile(),
                com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Territory territory : atlas.territories()) {
                Optional<StatusSpan> span = territory.spanAt(moment);
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeStringField("id", territory.id());
                json.writeFieldName("geometry");
                json.writeTree(mapper.readTree(geometryWriter.write(territory.outline())));
                json.writeObjectFieldStart("properties");
                json.writeStringField("id", territory.id());
                json.writeStringField("kind", territory.kind().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("name_en", territory.name().get("en"));
                json.writeStringField("name_hi", territory.name().get("hi"));
                json.writeBooleanField("approximate", territory.approximate());
                json.writeStringField("date", moment.toString());
                json.writeStringField("status", span.map(StatusSpan::statusId).orElse(null));
                json.writeStringField("status_en", span.map(s -> statuses.get(s.statusId()).label().get("en")).orElse(null));
                json.writeStringField("status_hi", span.map(s -> statuses.get(s.statusId()).label().get("hi")).orElse(null));
                json.writeStringField("authority_en", span.map(s -> s.authority().get("en")).orElse(null));
                json.writeStringField("authority_hi", span.map(s -> s.authority().get("hi")).orElse(null));
                json.writeStringField("since", span.map(s -> s.from().toString()).orElse(null));
                json.writeStringField("until", span.map(s -> s.to().toString()).orElse(null));
                json.writeStringField("sources", span.map(s -> String.join(" | ",
                        s.sources().stream().map(EventRecords::citation).toList())).orElse(null));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
