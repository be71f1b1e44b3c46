package org.timeatlas.atlas.io;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.LensSpan;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;

/**
 * Reads {@code lenses.json}: other ways of looking at the territories (e.g. international legal status, who
 * recognised what), each with a legend of its own and a sourced history per territory that follows the rules of
 * territories.json (consecutive spans over the whole atlas span for territories; ordered spans, gaps allowed, for
 * the overlays a lens speaks about).
 */
final class LensReader {

    static final String FILE = "lenses.json";
    private static final Set<String> FIELDS = Set.of("id", "name", "description", "statuses", "territories");
    private static final Set<String> SPAN_FIELDS = Set.of("from", "to", "status", "note", "sources");

    private LensReader() {
    }

    /**
     * @param territories the atlas's territories by id, in the order of territories.json
     * @param statuses    the statuses of statuses.json, whose ids a lens's own statuses may not take
     */
    static List<Lens> read(Json json, Map<String, Territory> territories, Map<String, Status> statuses,
                           ReadContext context) {
        List<Lens> lenses = new ArrayList<>();
        Set<String> lensIds = new HashSet<>();
        Set<String> statusIds = new HashSet<>();
        for (Fields fields : context.items(json, FILE, "lens", FIELDS)) {
            String id = fields.id("id");
            if (Lens.CONTROL.equals(id)) {
                fields.problemAt(fields.raw("id"), "the lens id \"" + Lens.CONTROL + "\" is reserved for the histories"
                        + " of territories.json (control on the ground)");
                id = null;
            }
            boolean unique = context.unique(fields, id, lensIds, "lens");
            String what = "lens \"" + id + "\"";
            LocalizedText name = fields.text("name");
            LocalizedText description = fields.text("description");
            Map<String, Status> legend = legend(fields, statuses, statusIds, context);
            Map<String, List<LensSpan>> histories = new LinkedHashMap<>();
            Set<String> used = new HashSet<>();
            boolean ok = histories(fields, what, legend, territories, histories, used, context);
            for (Json item : ok && legend != null ? fields.optionalArray("statuses").items() : List.<Json>of()) {
                if (item instanceof Json.JObject entry && entry.get("id") instanceof Json.JString statusId
                        && legend.containsKey(statusId.value()) && !used.contains(statusId.value())) {
                    fields.problemAt(entry.get("id"), "status \"" + statusId.value() + "\" is in the legend of " + what
                            + " but no span uses it");
                    ok = false;
                }
            }
            if (unique && name != null && description != null && legend != null && ok) {
                lenses.add(new Lens(id, name, description, List.copyOf(legend.values()), histories));
            }
        }
        return lenses;
    }

    /** The lens's own legend, by id in the order written; null after a problem. */
    private static Map<String, Status> legend(Fields fields, Map<String, Status> atlasStatuses, Set<String> ids,
                                              ReadContext context) {
        Json.JArray array = fields.array("statuses");
        if (array == null) {
            return null;
        }
        boolean ok = true;
        if (array.items().isEmpty()) {
            fields.problemAt(array, "\"statuses\" must hold the lens's legend, at least one status");
            ok = false;
        }
        Map<String, Status> legend = new LinkedHashMap<>();
        for (Json item : array.items()) {
            Fields entry = context.fields(item, "lens status");
            if (entry == null) {
                ok = false;
                continue;
            }
            entry.rejectUnknown(StatusReader.FIELDS);
            if (entry.raw("id") instanceof Json.JString id && atlasStatuses.containsKey(id.value())) {
                entry.problemAt(entry.raw("id"), "\"" + id.value() + "\" is a status of statuses.json; a lens's"
                        + " statuses need ids of their own");
                ok = false;
                continue;
            }
            Status status = StatusReader.status(entry, List.copyOf(legend.values()), ids, context);
            if (status == null) {
                ok = false;
            } else {
                legend.put(status.id(), status);
            }
        }
        return ok ? legend : null;
    }

    /** Reads the "territories" object into {@code histories}; false after a problem. */
    private static boolean histories(Fields fields, String what, Map<String, Status> legend,
                                     Map<String, Territory> territories, Map<String, List<LensSpan>> histories,
                                     Set<String> used, ReadContext context) {
        Fields object = fields.object("territories", what + " territories");
        if (object == null) {
            return false;
        }
        Json.JObject members = (Json.JObject) fields.raw("territories");
        boolean ok = true;
        for (Map.Entry<String, Json> member : members.members().entrySet()) {
            Territory territory = territories.get(member.getKey());
            if (territory == null) {
                if (context.unknown(ReadContext.Declared.TERRITORY, member.getKey())) {
                    object.problemAt(member.getValue(), "\"" + member.getKey() + "\" is not a territory of territories.json");
                }
                ok = false;
                continue;
            }
            Json.JArray spans = object.array(member.getKey());
            if (spans == null) {
                ok = false;
                continue;
            }
            List<LensSpan> history = history(spans, territory, what + ", " + territory.id(), legend, used, context);
            ok &= history != null;
            if (history != null) {
                histories.put(territory.id(), history);
            }
        }
        for (Territory territory : territories.values()) {
            if (territory.kind() == TerritoryKind.TERRITORY && !members.has(territory.id())) {
                object.problemAt(members, "no history for territory \"" + territory.id() + "\" (a lens covers"
                        + " every territory of territories.json)");
                ok = false;
            }
        }
        if (!ok) {
            return false;
        }
        // keep the order of territories.json, in which the map draws them
        Map<String, List<LensSpan>> ordered = new LinkedHashMap<>();
        territories.keySet().stream().filter(histories::containsKey).forEach(id -> ordered.put(id, histories.get(id)));
        histories.clear();
        histories.putAll(ordered);
        return true;
    }

    private static List<LensSpan> history(Json.JArray array, Territory territory, String what,
                                          Map<String, Status> legend, Set<String> used, ReadContext context) {
        TerritoryKind kind = territory.kind();
        if (array.items().isEmpty()) {
            context.problems().add(array.location().problem(what + ": the history is empty; leave the territory out"
                    + (kind == TerritoryKind.OVERLAY ? " when the lens says nothing about it" : " of no lens")));
            return null;
        }
        SpanReader.History<LensSpan> history = SpanReader.read(array, kind, what, SPAN_FIELDS, context,
                (span, from, to) -> span(span, from, to, territory, legend, used, context));
        return history.complete() ? history.spans() : null;
    }

    /** A span's status, note and sources (the status one of the lens's legend, counted in {@code used}). */
    private static LensSpan span(Fields span, LocalDateTime from, LocalDateTime to, Territory territory,
                                 Map<String, Status> legend, Set<String> used, ReadContext context) {
        TerritoryKind kind = territory.kind();
        String statusId = span.string("status");
        LocalizedText note = span.text("note");
        List<Source> sources = context.sources(span);
        context.checkRepeatedCitations(span);
        Status status = statusId == null ? null : legend == null ? null : legend.get(statusId);
        if (statusId != null && legend != null && status == null) {
            span.problemAt(span.raw("status"), "\"" + statusId + "\" is not a status of this lens's legend");
        } else if (status != null && status.overlay() != (kind == TerritoryKind.OVERLAY)) {
            span.problemAt(span.raw("status"), "status \"" + statusId + "\" is "
                    + (status.overlay() ? "for overlays only" : "not for overlays") + ", and \"" + territory.id()
                    + "\" is " + (kind == TerritoryKind.OVERLAY ? "an overlay" : "a territory"));
            status = null;
        }
        if (status != null) {
            used.add(statusId);
        }
        return from == null || to == null || status == null || note == null || sources.isEmpty()
                ? null : new LensSpan(from, to, statusId, note, sources);
    }
}
