package org.timeatlas.atlas.io;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.timeatlas.atlas.AtlasInfo;
import org.timeatlas.atlas.Source;

/** What every reader of an atlas file needs: where problems go, the atlas's languages and span, its sources. */
final class ReadContext {

    private final List<Problem> problems;
    private final AtlasInfo info;
    private Map<String, Source> sources = Map.of();

    ReadContext(List<Problem> problems, AtlasInfo info) {
        this.problems = problems;
        this.info = info;
    }

    List<Problem> problems() {
        return problems;
    }

    List<String> languages() {
        return info.languages();
    }

    AtlasInfo info() {
        return info;
    }

    void useSources(Map<String, Source> byId) {
        this.sources = Map.copyOf(byId);
    }

    Fields fields(Json value, String what) {
        return Fields.of(value, what, problems, info.languages());
    }

    /**
     * The objects of a file that must hold an array of {@code what}s, each checked for unknown members;
     * items that are not objects are reported and skipped.
     */
    List<Fields> items(Json json, String file, String what, java.util.Set<String> known) {
        List<Fields> items = new ArrayList<>();
        if (!(json instanceof Json.JArray array)) {
            problems.add(json.location().problem(file + " must be an array of " + what + "s"));
            return items;
        }
        for (Json item : array.items()) {
            Fields fields = fields(item, what);
            if (fields != null) {
                fields.rejectUnknown(known);
                items.add(fields);
            }
        }
        return items;
    }

    /** Records {@code id} in {@code seen}; reports it at the item's "id" when it was already there. */
    boolean unique(Fields fields, String id, java.util.Set<String> seen, String kind) {
        if (id == null) {
            return false;
        }
        if (!seen.add(id)) {
            fields.problemAt(fields.raw("id"), kind + " id \"" + id + "\" is used twice");
            return false;
        }
        return true;
    }

    /** A {@code from}/{@code to} pair inside the atlas span with {@code to} after {@code from}, or null. */
    Fields.ParsedMoment[] period(Fields fields) {
        Fields.ParsedMoment from = fields.moment("from");
        Fields.ParsedMoment to = fields.moment("to");
        if (from == null || to == null) {
            return null;
        }
        boolean ok = checkInSpan(fields, "from", from.moment()) & checkInSpan(fields, "to", to.moment());
        if (!to.moment().isAfter(from.moment())) {
            fields.problemAt(fields.raw("to"), "\"to\" must come after \"from\"");
            ok = false;
        }
        return ok ? new Fields.ParsedMoment[] {from, to} : null;
    }

    /** Checks that a moment lies in the atlas span [start, end]; {@code end} itself is allowed as a closing bound. */
    boolean checkInSpan(Fields fields, String name, LocalDateTime moment) {
        if (moment.isBefore(info.start()) || moment.isAfter(info.end())) {
            fields.problemAt(fields.raw(name), "\"" + name + "\" " + moment.toLocalDate()
                    + " lies outside the atlas span " + info.start().toLocalDate() + " … " + info.end().toLocalDate());
            return false;
        }
        return true;
    }

    /** Resolves a "sources" array: ids, or {"id": …, "section": …} for a more precise place. */
    List<Source> sources(Fields fields) {
        Json.JArray refs = fields.array("sources");
        List<Source> resolved = new ArrayList<>();
        if (refs == null) {
            return resolved;
        }
        if (refs.items().isEmpty()) {
            fields.problemAt(refs, "needs at least one source");
        }
        for (Json ref : refs.items()) {
            String id = null;
            String section = null;
            if (ref instanceof Json.JString text) {
                id = text.value();
            } else if (ref instanceof Json.JObject) {
                Fields cited = fields(ref, "source citation");
                id = cited.string("id");
                section = cited.optionalString("section");
                cited.rejectUnknown(java.util.Set.of("id", "section"));
            } else {
                fields.problemAt(ref, "a source must be an id or {\"id\": …, \"section\": …}, found " + Json.kindOf(ref));
            }
            if (id == null) {
                continue;
            }
            Source source = sources.get(id);
            if (source == null) {
                fields.problemAt(ref, "unknown source \"" + id + "\" (not in sources/*.json)");
            } else {
                resolved.add(source.at(section));
            }
        }
        return resolved;
    }
}
