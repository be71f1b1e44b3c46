package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Territory;

/**
 * Reads the arrays of events in {@code events/*.json}. Each event costs the same whatever the others hold:
 * ids are kept in a hash set and each territory's outline is prepared once for the test that an event's
 * place lies inside it, so reading grows linearly with the events.
 */
final class EventReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final Set<String> FIELDS = Set.of("id", "start", "end", "certainty", "type", "importance", "lon",
            "lat", "territories", "kind", "claimant", "finding", "title", "summary", "sources", "tags");

    private final Map<String, Territory> territories;
    private final Set<String> usedIds;
    private final ReadContext context;
    private final Map<String, PreparedGeometry> preparedOutlines = new HashMap<>();

    EventReader(Map<String, Territory> territories, Set<String> usedIds, ReadContext context) {
        this.territories = territories;
        this.usedIds = usedIds;
        this.context = context;
    }

    /** Reads one events file into {@code into}. */
    void read(Json json, List<Event> into) {
        for (Fields fields : context.items(json, "an events file", "event", FIELDS)) {
            Event event = event(fields);
            if (event != null && context.unique(fields, event.id(), usedIds, "event")) {
                into.add(event);
            }
        }
    }

    private Event event(Fields fields) {
        context.declare(ReadContext.Declared.EVENT, fields);
        String id = fields.id("id");
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
        if (!claim && finding != null) {
            fields.problemAt(fields.raw("finding"), "only a claim has a finding (what an independent body concluded"
                    + " about it); set \"kind\": \"claim\" and name the claimant");
        }
        List<String> territoryIds = territoryIds(fields);
        List<String> tags = new ArrayList<>();
        for (Json tag : fields.optionalArray("tags").items()) {
            if (tag instanceof Json.JString text && Fields.isId(text.value())) {
                tags.add(text.value());
            } else {
                fields.problemAt(tag, "a tag must be lower-case words joined by hyphens, such as \"air-strike\"");
            }
        }
        GeoPoint location = location(fields, territoryIds);
        boolean datesOk = start != null && context.checkInSpan(fields, "start", start.moment());
        if (end != null) {
            datesOk &= context.checkInSpan(fields, "end", end.moment());
            if (start != null && end.moment().isBefore(start.moment())) {
                fields.problemAt(fields.raw("end"), "\"end\" comes before \"start\"");
                datesOk = false;
            } else if (start != null && end.moment().equals(start.moment())) {
                fields.problemAt(fields.raw("end"), "the event ends where it starts; leave out \"end\" for a single moment");
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

    private List<String> territoryIds(Fields fields) {
        List<String> ids = new ArrayList<>();
        for (Json item : fields.optionalArray("territories").items()) {
            if (item instanceof Json.JString id && territories.containsKey(id.value())) {
                ids.add(id.value());
            } else if (item instanceof Json.JString id) {
                if (context.unknown(ReadContext.Declared.TERRITORY, id.value())) {
                    fields.problemAt(item, "unknown territory \"" + id.value() + "\"");
                }
            } else {
                fields.problemAt(item, "a territory must be given by its id");
            }
        }
        return ids;
    }

    private GeoPoint location(Fields fields, List<String> territoryIds) {
        if (!fields.has("lon") && !fields.has("lat")) {
            return null;
        }
        Double lon = fields.number("lon");
        Double lat = fields.number("lat");
        if (lon == null || lat == null) {
            return null;
        }
        if (!(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) {
            fields.problemAt(fields.raw("lon"), "lon/lat must be degrees (lon −180…180, lat −90…90)");
            return null;
        }
        Point point = FACTORY.createPoint(new Coordinate(lon, lat));
        if (!context.projects(point, fields.raw("lon").location(), "the event's place")) {
            return null;
        }
        if (!territoryIds.isEmpty()) {
            Territory first = territories.get(territoryIds.get(0));
            PreparedGeometry outline = preparedOutlines.computeIfAbsent(first.id(),
                    id -> PreparedGeometryFactory.prepare(first.outline()));
            if (!outline.covers(point)) {
                fields.problemAt(fields.raw("lon"), String.format(java.util.Locale.ROOT, "the place (lon %.4f, lat %.4f) is not inside territory \"%s\","
                        + " the first one named", lon, lat, first.id()));
            }
        }
        return new GeoPoint(lon, lat);
    }
}
