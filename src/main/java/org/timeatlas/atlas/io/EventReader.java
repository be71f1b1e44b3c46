package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Territory;

/** Reads the arrays of events in {@code events/*.json}. */
final class EventReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final Set<String> FIELDS = Set.of("id", "start", "end", "certainty", "type", "importance", "lon",
            "lat", "territories", "kind", "claimant", "finding", "title", "summary", "sources", "tags");

    private EventReader() {
    }

    static void read(Json json, Map<String, Territory> territories, Set<String> usedIds, ReadContext context,
                     List<Event> into) {
        for (Fields fields : context.items(json, "an events file", "event", FIELDS)) {
            Event event = event(fields, territories, context);
            if (event != null && context.unique(fields, event.id(), usedIds, "event")) {
                into.add(event);
            }
        }
    }

    private static Event event(Fields fields, Map<String, Territory> territories, ReadContext context) {
        String id = fields.string("id");
        Fields.ParsedMoment start = fields.moment("start");
        Fields.ParsedMoment end = fields.optionalMoment("end");
        Certainty certainty = fields.choice("certainty", Certainty.class);
        EventType type = fields.choice("type", EventType.class);
        Integer importance = fields.integer("importance", 1, 3);
        LocalizedText title = fields.text("title");
        LocalizedText summary = fields.text("summary");
        List<Source> sources = context.sources(fields);
        boolean claim = claimKind(fields);
        LocalizedText claimant = fields.optionalText("claimant");
        LocalizedText finding = fields.optionalText("finding");
        if (claim && claimant == null && !fields.has("claimant")) {
            fields.problem("a claim must name its \"claimant\"");
        }
        if (!claim && claimant != null) {
            fields.problemAt(fields.raw("claimant"), "only a claim has a claimant; set \"kind\": \"claim\"");
        }
        List<String> territoryIds = territoryIds(fields, territories);
        List<String> tags = new ArrayList<>();
        for (Json tag : fields.optionalArray("tags").items()) {
            if (tag instanceof Json.JString text && text.value().matches("[a-z0-9-]+")) {
                tags.add(text.value());
            } else {
                fields.problemAt(tag, "a tag must be a lower-case word such as \"air-strike\"");
            }
        }
        GeoPoint location = location(fields, territoryIds, territories);
        boolean datesOk = start != null && context.checkInSpan(fields, "start", start.moment());
        if (end != null) {
            datesOk &= context.checkInSpan(fields, "end", end.moment());
            if (start != null && end.moment().isBefore(start.moment())) {
                fields.problemAt(fields.raw("end"), "\"end\" comes before \"start\"");
                datesOk = false;
            }
        }
        if (start != null && certainty == Certainty.EXACT && !start.hasTime()) {
            fields.problemAt(fields.raw("certainty"), "certainty \"exact\" needs a time of day in \"start\" (YYYY-MM-DDTHH:MM)");
        }
        if (id == null || !datesOk || certainty == null || type == null || importance == null || title == null
                || summary == null || sources.isEmpty()) {
            return null;
        }
        return new Event(id, start.moment(), start.hasTime(), end == null ? null : end.moment(), certainty, type,
                importance, location, territoryIds, claim, claimant, finding, title, summary, sources, tags);
    }

    private static boolean claimKind(Fields fields) {
        String kind = fields.has("kind") ? fields.string("kind") : "fact";
        if (kind != null && !kind.equals("fact") && !kind.equals("claim")) {
            fields.problemAt(fields.raw("kind"), "\"kind\" must be \"fact\" or \"claim\", found \"" + kind + "\"");
        }
        return "claim".equals(kind);
    }

    private static List<String> territoryIds(Fields fields, Map<String, Territory> territories) {
        List<String> ids = new ArrayList<>();
        for (Json item : fields.optionalArray("territories").items()) {
            if (item instanceof Json.JString id && territories.containsKey(id.value())) {
                ids.add(id.value());
            } else if (item instanceof Json.JString id) {
                fields.problemAt(item, "unknown territory \"" + id.value() + "\"");
            } else {
                fields.problemAt(item, "a territory must be given by its id");
            }
        }
        return ids;
    }

    private static GeoPoint location(Fields fields, List<String> territoryIds, Map<String, Territory> territories) {
        if (!fields.has("lon") && !fields.has("lat")) {
            return null;
        }
        Double lon = fields.number("lon");
        Double lat = fields.number("lat");
        if (lon == null || lat == null) {
            return null;
        }
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            fields.problemAt(fields.raw("lon"), "lon/lat must be degrees (lon −180…180, lat −90…90)");
            return null;
        }
        if (!territoryIds.isEmpty()) {
            Territory first = territories.get(territoryIds.get(0));
            if (!first.outline().covers(FACTORY.createPoint(new Coordinate(lon, lat)))) {
                fields.problemAt(fields.raw("lon"), String.format("the place (lon %.4f, lat %.4f) is not inside territory \"%s\","
                        + " the first one named", lon, lat, first.id()));
            }
        }
        return new GeoPoint(lon, lat);
    }
}
