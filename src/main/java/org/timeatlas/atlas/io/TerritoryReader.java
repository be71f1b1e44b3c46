package org.timeatlas.atlas.io;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;

/** Reads {@code territories.json} (names and histories) and joins each entry to its outline. */
final class TerritoryReader {

    static final String FILE = "territories.json";
    static final String OUTLINES = "territories.geojson";
    private static final Set<String> FIELDS = Set.of("id", "kind", "approximate", "name", "history");
    private static final Set<String> SPAN_FIELDS = Set.of("from", "to", "status", "authority", "sources", "note");

    private TerritoryReader() {
    }

    static List<Territory> read(Json json, List<FeatureReader.Feature> outlines, Map<String, Status> statuses,
                                ReadContext context) {
        Map<String, Geometry> geometryById = outlinesById(outlines, context);
        List<Territory> territories = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Fields fields : context.items(json, FILE, "territory", FIELDS)) {
            context.declare(ReadContext.Declared.TERRITORY, fields);
            String id = fields.id("id");
            String what = "territory \"" + id + "\"";
            TerritoryKind kind = fields.optionalChoice("kind", TerritoryKind.class, TerritoryKind.TERRITORY);
            boolean approximate = fields.optionalBoolean("approximate", false);
            LocalizedText name = fields.text("name");
            if (id != null && !context.unique(fields, id, ids, "territory")) {
                continue;
            }
            Geometry outline = id == null ? null : geometryById.get(id);
            if (id != null && outline == null && !geometryById.containsKey(id)
                    && context.unknown(ReadContext.Declared.OUTLINE, id)) {
                fields.problemAt(fields.raw("id"), "no outline for \"" + id + "\" in " + OUTLINES);
            }
            Json.JArray historyJson = fields.array("history");
            List<StatusSpan> history = historyJson == null || kind == null
                    ? List.of() : history(historyJson, kind, what, statuses, context);
            if (id != null && kind != null && name != null && outline != null) {
                territories.add(new Territory(id, kind, name, approximate, outline, history));
            }
        }
        for (FeatureReader.Feature feature : outlines) {
            String id = feature.property("id");
            if (id != null && Fields.isId(id) && !ids.contains(id) && context.unknown(ReadContext.Declared.TERRITORY, id)) {
                context.problems().add(feature.location().problem("unknown territory id \"" + id
                        + "\": it has an outline but no entry in " + FILE));
            }
        }
        return territories;
    }

    private static Map<String, Geometry> outlinesById(List<FeatureReader.Feature> outlines, ReadContext context) {
        Map<String, Geometry> byId = new HashMap<>();
        for (FeatureReader.Feature feature : outlines) {
            Fields properties = feature.fields("territory outline", context);
            context.declare(ReadContext.Declared.OUTLINE, properties);
            String id = properties.id("id");
            if (id == null) {
                continue;
            }
            Geometry geometry = feature.geometry();
            if (geometry != null && !(geometry instanceof Polygonal)) {
                context.problems().add(feature.location().problem("the outline of \"" + id
                        + "\" must be a Polygon or MultiPolygon"));
                geometry = null;
            }
            if (geometry != null && !context.projects(geometry, feature.location(), "the outline of \"" + id + "\"")) {
                geometry = null;
            }
            if (byId.containsKey(id)) {
                context.problems().add(feature.location().problem("two outlines for territory \"" + id + "\""));
            }
            byId.put(id, geometry);
        }
        return byId;
    }

    private static List<StatusSpan> history(Json.JArray array, TerritoryKind kind, String what,
                                            Map<String, Status> statuses, ReadContext context) {
        List<StatusSpan> spans = SpanReader.read(array, kind, what, SPAN_FIELDS, context,
                (span, from, to) -> span(span, from, to, kind, statuses, context)).spans();
        if (array.items().isEmpty() && kind == TerritoryKind.TERRITORY) {
            context.problems().add(array.location().problem(what + ": the history is empty"));
        }
        return spans;
    }

    /** A span's status (one of statuses.json, for overlays or not as the territory is), authority, sources, note. */
    private static StatusSpan span(Fields span, LocalDateTime from, LocalDateTime to, TerritoryKind kind,
                                   Map<String, Status> statuses, ReadContext context) {
        String statusId = span.string("status");
        LocalizedText authority = span.text("authority");
        List<Source> sources = context.sources(span);
        LocalizedText note = span.optionalText("note");
        Status status = statusId == null ? null : statuses.get(statusId);
        if (statusId != null && status == null && context.unknown(ReadContext.Declared.STATUS, statusId)) {
            span.problemAt(span.raw("status"), "unknown status \"" + statusId + "\" (not in statuses.json)");
        } else if (status != null && status.overlay() != (kind == TerritoryKind.OVERLAY)) {
            span.problemAt(span.raw("status"), "status \"" + statusId + "\" is "
                    + (status.overlay() ? "for overlays only" : "not for overlays"));
        }
        return from == null || to == null || status == null || authority == null || sources.isEmpty()
                ? null : new StatusSpan(from, to, statusId, authority, sources, note);
    }
}
