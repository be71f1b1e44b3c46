package org.timeatlas.atlas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.LocalizedText;

/**
 * Every event of an atlas as an OGC KML 2.2 Placemark, valid against {@code ogckml22.xsd}: an {@code xs:ID}
 * id ({@code e-} and the event id), name, description (English, then Hindi, then the sources), a
 * {@code TimeStamp} or {@code TimeSpan} at the event's precision ({@link KmlTimes}), the other export columns as
 * typed {@code SchemaData} (importance an int, lon and lat doubles), and a {@code Point} when the event has a place. Events without a place are written
 * too, as placemarks without geometry: KML allows them, and a reader that lists features keeps them.
 */
final class EventsKml {

    static final String NAMESPACE = "http://www.opengis.net/kml/2.2";
    private static final String SCHEMA_ID = "event-fields";
    /** Columns that KML carries in TimeStamp/TimeSpan; as data too they would clash with the readers' own fields. */
    private static final Set<String> IN_TIME_PRIMITIVE = Set.of("start", "end");
    private final Atlas atlas;

    EventsKml(Atlas atlas) {
        this.atlas = atlas;
    }

    void write(OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("kml");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("Document");
            element(xml, "name", text(atlas.info().title(), "en"));
            schema(xml);
            Set<String> ids = new HashSet<>();
            for (Event event : atlas.events()) {
                placemark(xml, event, ids);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    private static void placemark(XMLStreamWriter xml, Event event, Set<String> ids) throws XMLStreamException {
        Map<String, Object> record = EventRecords.of(event);
        xml.writeCharacters("\n");
        // the schema's order: name, description, time primitive, ExtendedData, then the geometry
        xml.writeStartElement("Placemark");
        xml.writeAttribute("id", xmlId(event.id(), ids));
        element(xml, "name", text(event.title(), "en"));
        element(xml, "description", description(event));
        if (event.end() == null) {
            xml.writeStartElement("TimeStamp");
            element(xml, "when", KmlTimes.begin(event));
        } else {
            xml.writeStartElement("TimeSpan");
            element(xml, "begin", KmlTimes.begin(event));
            element(xml, "end", KmlTimes.end(event));
        }
        xml.writeEndElement();
        xml.writeStartElement("ExtendedData");
        xml.writeStartElement("SchemaData");
        xml.writeAttribute("schemaUrl", "#" + SCHEMA_ID);
        for (Map.Entry<String, Object> field : record.entrySet()) {
            if (field.getValue() != null && !IN_TIME_PRIMITIVE.contains(field.getKey())) {
                xml.writeStartElement("SimpleData");
                xml.writeAttribute("name", field.getKey());
                xml.writeCharacters(field.getValue().toString());
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        if (event.location() != null) {
            xml.writeStartElement("Point");
            element(xml, "coordinates", decimal(event.location().lon()) + "," + decimal(event.location().lat()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The typed fields of every placemark's SchemaData, so readers type importance and lon/lat as numbers. */
    private static void schema(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("Schema");
        xml.writeAttribute("name", "event");
        xml.writeAttribute("id", SCHEMA_ID);
        for (String column : EventRecords.COLUMNS) {
            if (!IN_TIME_PRIMITIVE.contains(column)) {
                Class<?> type = EventRecords.type(column);
                xml.writeEmptyElement("SimpleField");
                xml.writeAttribute("type", type == Integer.class ? "int" : type == Double.class ? "double" : "string");
                xml.writeAttribute("name", column);
            }
        }
        xml.writeEndElement();
    }

    /**
     * {@code e-} and the event id with every character outside {@code [A-Za-z0-9._-]} replaced by {@code _}: an
     * XML NCName (it starts with a letter), as {@code xs:ID} requires; a suffix keeps it unique in the document.
     */
    static String xmlId(String eventId, Set<String> taken) {
        String id = "e-" + eventId.replaceAll("[^A-Za-z0-9._-]", "_");
        String unique = id;
        for (int n = 2; !taken.add(unique); n++) {
            unique = id + "_" + n;
        }
        return unique;
    }

    /** The English text, then the Hindi, then the sources; claims say whose and what an independent body found. */
    private static String description(Event event) {
        StringJoiner text = new StringJoiner("\n");
        add(text, text(event.summary(), "en"));
        if (event.claim() && text(event.claimant(), "en") != null) {
            // the same wording as the app's event.claimBy and event.finding messages
            text.add("Claim by " + text(event.claimant(), "en") + " — not established fact.");
        }
        if (text(event.finding(), "en") != null) {
            text.add("Independent finding: " + text(event.finding(), "en"));
        }
        text.add("");
        add(text, text(event.title(), "hi"));
        add(text, text(event.summary(), "hi"));
        if (event.claim() && text(event.claimant(), "hi") != null) {
            text.add(text(event.claimant(), "hi") + " का दावा — स्थापित तथ्य नहीं।");
        }
        if (text(event.finding(), "hi") != null) {
            text.add("स्वतंत्र निष्कर्ष: " + text(event.finding(), "hi"));
        }
        List<String> sources = event.sources().stream().map(EventRecords::citation).toList();
        if (!sources.isEmpty()) {
            text.add("");
            text.add("Sources / स्रोत:");
            sources.forEach(source -> text.add("- " + source));
        }
        return text.toString().strip();
    }

    private static void add(StringJoiner joiner, String line) {
        if (line != null) {
            joiner.add(line);
        }
    }

    /** Degrees as plain decimals: KML coordinates have no exponent form. */
    private static String decimal(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    private static String text(LocalizedText text, String language) {
        return text == null || !text.has(language) ? null : text.get(language);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
