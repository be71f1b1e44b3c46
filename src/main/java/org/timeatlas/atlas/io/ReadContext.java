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
    private final Map<Declared, java.util.Set<String>> declared = new java.util.EnumMap<>(Declared.class);
    private final java.util.Set<Declared> unreadable = java.util.EnumSet.noneOf(Declared.class);
    private ProjectionCheck projection;
    private long positions;
    private boolean positionsReported;

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

    /** Kinds of things that other files refer to by id. */
    enum Declared { SOURCE, STATUS, TERRITORY, OUTLINE, SIDE, EVENT, MOVEMENT, ERA, TOUR, QUESTION }

    /**
     * Records that an entry declares the id in its "id" member (a string), whether or not the entry has other
     * problems, so that references to it are not reported as unknown.
     */
    void declare(Declared kind, Fields fields) {
        if (fields.raw("id") instanceof Json.JString id) {
            declared.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(id.value());
        }
    }

    /** Records that a file declaring ids of {@code kind} could not be read: references to them are not checked. */
    void unreadable(Declared kind) {
        unreadable.add(kind);
    }

    /** Whether a reference to {@code id} is to something no readable file declares. */
    boolean unknown(Declared kind, String id) {
        return !unreadable.contains(kind) && !declared.getOrDefault(kind, java.util.Set.of()).contains(id);
    }

    /** Uses {@code check} for {@link #projects}; until then (or when the projection is unusable) nothing is checked. */
    void useProjection(ProjectionCheck check) {
        this.projection = check;
    }

    /**
     * Whether {@code lonLat} projects to finite map coordinates; otherwise adds a problem at {@code at} naming
     * {@code what} and the first position that does not. True when the projection itself was not usable (that
     * problem is reported once, at "projection").
     */
    boolean projects(org.locationtech.jts.geom.Geometry lonLat, Json.Location at, String what) {
        return projection == null || projection.check(lonLat, at, what, problems);
    }

    /** The same for a lon/lat box (a map view), whose edges are checked. */
    boolean projects(org.timeatlas.atlas.Bounds box, Json.Location at, String what) {
        return projection == null || projection.check(box, at, what, problems);
    }

    /**
     * Counts {@code count} more positions of GeoJSON geometry; false (with one problem, at the geometry that went
     * over) once the atlas has more than {@link Limits#POSITIONS}.
     */
    boolean countPositions(long count, Json at) {
        positions += count;
        if (positions <= Limits.POSITIONS) {
            return true;
        }
        if (!positionsReported) {
            positionsReported = true;
            problems.add(at.location().problem("the atlas's GeoJSON files have more than " + Limits.POSITIONS
                    + " positions together, the most an atlas may have; simplify the shapes (e.g. with mapshaper)"));
        }
        return false;
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
            problems.add(json.location().problem(file + " must be an array of " + what + "s, found " + Json.kindOf(json)));
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
        if (to.moment().equals(from.moment())) {
            fields.problemAt(fields.raw("to"), "\"to\" is the same moment as \"from\"; a period must last");
            ok = false;
        } else if (to.moment().isBefore(from.moment())) {
            fields.problemAt(fields.raw("to"), "\"to\" comes before \"from\"");
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

    /**
     * Checks that a moment lies in the atlas span [start, end), where the explorer can show it (a closing bound may
     * be the end itself, see {@link #checkInSpan}); otherwise a problem at member {@code name}.
     */
    boolean checkShowable(Fields fields, String name, LocalDateTime moment) {
        if (moment.isBefore(info.start()) || !moment.isBefore(info.end())) {
            fields.problemAt(fields.raw(name), "\"" + name + "\" " + Fields.written(moment)
                    + " lies outside the atlas span " + info.start().toLocalDate() + " … " + info.end().toLocalDate()
                    + " (which ends just before " + info.end().toLocalDate() + ")");
            return false;
        }
        return true;
    }

    /**
     * Reports each source a "sources" array cites again at the same place (the same id, with the same section or
     * none): a repeated citation is a slip that hides which source was meant.
     */
    void checkRepeatedCitations(Fields fields) {
        if (!(fields.raw("sources") instanceof Json.JArray refs)) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Json ref : refs.items()) {
            String id = null;
            String section = null;
            if (ref instanceof Json.JString text) {
                id = text.value();
            } else if (ref instanceof Json.JObject cited && cited.get("id") instanceof Json.JString text) {
                id = text.value();
                section = cited.get("section") instanceof Json.JString place ? place.value() : null;
            }
            if (id != null && !seen.add(id + "\u0000" + (section == null ? "" : section))) {
                fields.problemAt(ref, "source \"" + id + "\"" + (section == null ? "" : " (" + section + ")")
                        + " is cited twice");
            }
        }
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
            if (ref instanceof Json.JString text && text.value().isBlank()) {
                fields.problemAt(ref, "a source id must not be empty");
            } else if (ref instanceof Json.JString text) {
                id = text.value();
            } else if (ref instanceof Json.JObject) {
                Fields cited = fields(ref, "source citation");
                cited.rejectUnknown(java.util.Set.of("id", "section"));
                id = cited.string("id");
                section = cited.optionalString("section");
            } else {
                fields.problemAt(ref, "a source must be an id or {\"id\": …, \"section\": …}, found " + Json.kindOf(ref));
            }
            if (id == null) {
                continue;
            }
            Source source = sources.get(id);
            if (source == null && unknown(Declared.SOURCE, id)) {
                fields.problemAt(ref, "unknown source \"" + id + "\" (not in sources/*.json)");
            } else if (source != null) {
                resolved.add(source.at(section));
            }
        }
        return resolved;
    }
}
