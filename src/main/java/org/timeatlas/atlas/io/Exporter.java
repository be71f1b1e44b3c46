package org.timeatlas.atlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;

/**
 * Writes an atlas's events (CSV, GeoJSON, KML) or its territories at a moment (GeoJSON) in open formats that
 * GIS tools, spreadsheets and Google Earth open. Every event is written, with or without a place. Each file is
 * written to a temporary file in the target's folder and moved into place when complete, so a failure leaves
 * no partial file; it is reported as an {@link ExportException} whose message is one line naming the file.
 */
public final class Exporter {

    /** What an export wrote: {@code items} features or rows, of which {@code withoutPlace} have no geometry. */
    public record Written(int items, int withoutPlace) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Atlas atlas;

    public Exporter(Atlas atlas) {
        this.atlas = atlas;
    }

    /**
     * RFC 4180 CSV, UTF-8: a header row of {@link #eventColumns()}, then one row per event, CRLF line ends,
     * fields quoted where they hold a comma, quote or line break; a missing value is an empty field.
     */
    public Written eventsCsv(Path file) throws ExportException {
        ExportFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(EventRecords.COLUMNS.toArray(String[]::new)).get());
            for (Event event : atlas.events()) {
                csv.printRecord(EventRecords.of(event).values());
            }
            csv.flush();
        });
        return eventsWritten();
    }

    /**
     * RFC 7946 GeoJSON: one feature per event, a Point at its place (lon, lat in degrees) or a null geometry;
     * properties typed as JSON numbers ({@code importance}, {@code lon}, {@code lat}), strings, or {@code null}
     * where a value is missing.
     */
    public Written eventsGeoJson(Path file) throws ExportException {
        ExportFile.write(file, out -> {
            try (JsonGenerator json = generator(out)) {
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeArrayFieldStart("features");
                for (Event event : atlas.events()) {
                    eventFeature(json, event);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        });
        return eventsWritten();
    }

    /** OGC KML 2.2, valid against the OGC schema, with times for Google Earth's time slider (see {@link EventsKml}). */
    public Written eventsKml(Path file) throws ExportException {
        ExportFile.write(file, new EventsKml(atlas)::write);
        return eventsWritten();
    }

    /**
     * Every territory as an RFC 7946 feature with its status and controlling authority at {@code moment}
     * (null properties where no span is in force), its outline wound by the right-hand rule (exterior rings
     * counter-clockwise, holes clockwise) whatever the atlas's winding, coordinates to 6 decimals (about 0.1 m).
     */
    public Written territoriesGeoJson(Path file, LocalDateTime moment) throws ExportException {
        Map<String, Status> statuses = atlas.statusesById();
        GeoJsonWriter geometryWriter = new GeoJsonWriter(6);
        geometryWriter.setEncodeCRS(false);
        ExportFile.write(file, out -> {
            try (JsonGenerator json = generator(out)) {
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeArrayFieldStart("features");
                for (Territory territory : atlas.territories()) {
                    Optional<StatusSpan> span = territory.spanAt(moment);
                    json.writeStartObject();
                    json.writeStringField("type", "Feature");
                    json.writeStringField("id", territory.id());
                    json.writeFieldName("geometry");
                    json.writeTree(MAPPER.readTree(geometryWriter.write(RightHandRule.apply(territory.outline()))));
                    json.writeObjectFieldStart("properties");
                    json.writeStringField("id", territory.id());
                    json.writeStringField("kind", territory.kind().name().toLowerCase(Locale.ROOT));
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
        });
        return new Written(atlas.territories().size(), 0);
    }

    /** The columns of the events exports, in order. */
    public static List<String> eventColumns() {
        return EventRecords.COLUMNS;
    }

    private static void eventFeature(JsonGenerator json, Event event) throws IOException {
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
        for (Map.Entry<String, Object> field : EventRecords.of(event).entrySet()) {
            json.writeFieldName(field.getKey());
            Object value = field.getValue();
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
            } else if (value instanceof Double number) {
                json.writeNumber(number);
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private Written eventsWritten() {
        int withoutPlace = (int) atlas.events().stream().filter(event -> event.location() == null).count();
        return new Written(atlas.events().size(), withoutPlace);
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        // the temporary file's stream is closed by ExportFile, not by the generator; the mapper writes trees
        JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        return json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
