package org.timeatlas.atlas.io;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.timeatlas.atlas.AtlasInfo;
import org.timeatlas.atlas.AxisSegment;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Credit;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.atlas.MapPreset;
import org.timeatlas.atlas.LocalizedText;

/** Reads {@code atlas.json}: without a valid one nothing else can be checked. */
final class InfoReader {

    static final int FORMAT_VERSION = 1;
    static final String FILE = "atlas.json";
    private static final Set<String> FIELDS = Set.of("formatVersion", "id", "title", "description", "languages",
            "span", "defaultMoment", "projection", "home", "axis", "base", "credits", "focus");

    private InfoReader() {
    }

    /** What atlas.json gave: the atlas's description and its projection (null when that is unusable). */
    record Read(AtlasInfo info, ProjectionCheck projection) {
    }

    static Optional<Read> read(Json json, List<Problem> problems) {
        Fields top = Fields.of(json, "atlas.json", problems, List.of("en"));
        if (top == null) {
            return Optional.empty();
        }
        top.rejectUnknown(FIELDS);
        Integer version = top.integer("formatVersion", 1, 1000);
        if (version != null && version != FORMAT_VERSION) {
            top.problemAt(top.raw("formatVersion"), "format version " + version + " is not supported; this program reads version "
                    + FORMAT_VERSION);
        }
        List<String> languages = languages(top);
        Fields fields = new Fields((Json.JObject) json, "atlas.json", problems, languages);
        String id = fields.id("id");
        LocalizedText title = fields.text("title");
        LocalizedText description = fields.optionalText("description");
        LocalDateTime[] span = span(fields, problems, languages);
        String projection = fields.string("projection");
        Bounds home = bounds(fields, problems, languages);
        ProjectionCheck check = projection == null || home == null ? null
                : ProjectionCheck.build(projection, fields.raw("projection"), home, fields.raw("home"), problems).orElse(null);
        LocalDateTime defaultMoment = span == null ? null : defaultMoment(fields, span);
        List<AxisSegment> axis = span == null ? List.of() : axis(fields, problems, languages, span);
        List<Credit> credits = credits(fields, problems, languages);
        List<FocusPeriod> focus = span == null ? List.of() : focus(fields, problems, languages, span, check);
        if (id == null || title == null || span == null || projection == null || home == null || axis.isEmpty()
                || languages.isEmpty() || defaultMoment == null) {
            return Optional.empty();
        }
        return Optional.of(new Read(new AtlasInfo(FORMAT_VERSION, id, title, description, languages, span[0], span[1],
                defaultMoment, projection, home, axis, credits, focus), check));
    }

    private static List<String> languages(Fields top) {
        Json.JArray array = top.array("languages");
        List<String> languages = new ArrayList<>();
        if (array == null) {
            return languages;
        }
        for (Json item : array.items()) {
            if (item instanceof Json.JString code && code.value().matches("[a-z]{2,3}")) {
                if (languages.contains(code.value())) {
                    top.problemAt(item, "the language \"" + code.value() + "\" is listed twice");
                } else {
                    languages.add(code.value());
                }
            } else {
                top.problemAt(item, "a language must be a code such as \"en\" or \"hi\"");
            }
        }
        if (languages.isEmpty()) {
            top.problemAt(array, "\"languages\" must name at least one language");
        }
        return languages;
    }

    private static LocalDateTime[] span(Fields fields, List<Problem> problems, List<String> languages) {
        Fields span = fields.object("span", "atlas.json span");
        if (span == null) {
            return null;
        }
        span.rejectUnknown(Set.of("from", "to"));
        Fields.ParsedMoment from = span.moment("from");
        Fields.ParsedMoment to = span.moment("to");
        if (from == null || to == null) {
            return null;
        }
        if (!from.moment().isBefore(to.moment())) {
            span.problemAt(span.raw("to"), from.moment().equals(to.moment())
                    ? "\"to\" is the same moment as \"from\"; the span must last" : "\"to\" comes before \"from\"");
            return null;
        }
        return new LocalDateTime[] {from.moment(), to.moment()};
    }

    private static LocalDateTime defaultMoment(Fields fields, LocalDateTime[] span) {
        if (!fields.has("defaultMoment")) {
            return span[0];
        }
        Fields.ParsedMoment moment = fields.moment("defaultMoment");
        if (moment == null) {
            return null;
        }
        if (moment.moment().isBefore(span[0]) || !moment.moment().isBefore(span[1])) {
            fields.problemAt(fields.raw("defaultMoment"), "\"defaultMoment\" lies outside the atlas span");
            return null;
        }
        return moment.moment();
    }

    private static Bounds bounds(Fields fields, List<Problem> problems, List<String> languages) {
        Fields home = fields.object("home", "atlas.json home");
        if (home == null) {
            return null;
        }
        home.rejectUnknown(Set.of("west", "south", "east", "north"));
        return bounds(home);
    }

    /** A lon/lat box from the members west, south, east, north (see {@link Bounds}), or null after a problem. */
    static Bounds bounds(Fields home) {
        Double west = home.number("west");
        Double south = home.number("south");
        Double east = home.number("east");
        Double north = home.number("north");
        if (west == null || south == null || east == null || north == null) {
            return null;
        }
        if (!(Math.abs(west) <= 180 && Math.abs(east) <= 180 && Math.abs(south) <= 90 && Math.abs(north) <= 90)) {
            home.problem("the box must be in degrees: west and east from −180 to 180, south and north from −90 to 90");
            return null;
        }
        if (west.equals(east) || south >= north) {
            home.problem("the box must have south < north and west ≠ east (west > east is a box across the 180°"
                    + " meridian)");
            return null;
        }
        return new Bounds(west, south, east, north);
    }

    private static List<AxisSegment> axis(Fields fields, List<Problem> problems, List<String> languages,
                                          LocalDateTime[] span) {
        Json.JArray array = fields.array("axis");
        List<AxisSegment> segments = new ArrayList<>();
        if (array == null) {
            return segments;
        }
        LocalDateTime expectedFrom = span[0];
        for (Json item : array.items()) {
            Fields segment = Fields.of(item, "axis segment", problems, languages);
            if (segment == null) {
                return List.of();
            }
            segment.rejectUnknown(Set.of("from", "to", "share"));
            Fields.ParsedMoment from = segment.moment("from");
            Fields.ParsedMoment to = segment.moment("to");
            Double share = segment.number("share");
            if (from == null || to == null || share == null) {
                return List.of();
            }
            if (!from.moment().equals(expectedFrom)) {
                segment.problemAt(segment.raw("from"), "axis segment must start at " + expectedFrom.toLocalDate()
                        + " where the previous one ended (or the span starts)");
                return List.of();
            }
            if (!to.moment().isAfter(from.moment()) || !(share > 0)) {
                segment.problem("an axis segment needs \"to\" after \"from\" and a positive \"share\"");
                return List.of();
            }
            segments.add(new AxisSegment(from.moment(), to.moment(), share));
            expectedFrom = to.moment();
        }
        if (!expectedFrom.equals(span[1])) {
            fields.problemAt(array, "the axis segments must end where the span ends (" + span[1].toLocalDate() + ")");
            return List.of();
        }
        double total = segments.stream().mapToDouble(AxisSegment::share).sum();
        if (Math.abs(total - 1) > 0.01) {
            fields.problemAt(array, String.format("the axis shares must add up to 1, they add up to %.3f", total));
        }
        return segments;
    }

    private static List<FocusPeriod> focus(Fields fields, List<Problem> problems, List<String> languages,
                                           LocalDateTime[] span, ProjectionCheck projection) {
        List<FocusPeriod> periods = new ArrayList<>();
        java.util.Set<String> periodIds = new java.util.HashSet<>();
        java.util.Set<String> viewIds = new java.util.HashSet<>();
        for (Json item : fields.optionalArray("focus").items()) {
            Fields focus = Fields.of(item, "focus period", problems, languages);
            if (focus == null) {
                continue;
            }
            focus.rejectUnknown(Set.of("id", "name", "from", "to", "fineFrom", "fineTo", "fineStepHours", "views"));
            String id = focus.id("id");
            if (id != null && !periodIds.add(id)) {
                focus.problemAt(focus.raw("id"), "focus period id \"" + id + "\" is used twice");
                id = null;
            }
            LocalizedText name = focus.text("name");
            Fields.ParsedMoment from = focus.moment("from");
            Fields.ParsedMoment to = focus.moment("to");
            Fields.ParsedMoment fineFrom = focus.has("fineFrom") ? focus.moment("fineFrom") : from;
            Fields.ParsedMoment fineTo = focus.has("fineTo") ? focus.moment("fineTo") : from;
            Integer hours = focus.has("fineStepHours") ? focus.integer("fineStepHours", 1, 24) : Integer.valueOf(24);
            List<MapPreset> presets = new ArrayList<>();
            for (Json view : focus.optionalArray("views").items()) {
                Fields preset = Fields.of(view, "focus view", problems, languages);
                if (preset == null) {
                    continue;
                }
                preset.rejectUnknown(Set.of("id", "name", "west", "south", "east", "north"));
                String viewId = preset.id("id");
                if (viewId != null && !viewIds.add(viewId)) {
                    preset.problemAt(preset.raw("id"), "map view id \"" + viewId + "\" is used twice");
                    viewId = null;
                }
                LocalizedText viewName = preset.text("name");
                Bounds bounds = bounds(preset);
                if (bounds != null && projection != null
                        && !projection.check(bounds, preset.location(), "the map view", problems)) {
                    bounds = null;
                }
                if (viewId != null && viewName != null && bounds != null) {
                    presets.add(new MapPreset(viewId, viewName, bounds));
                }
            }
            if (id == null || name == null || from == null || to == null || fineFrom == null || fineTo == null
                    || hours == null) {
                continue;
            }
            boolean inside = !from.moment().isBefore(span[0]) && !to.moment().isAfter(span[1])
                    && from.moment().isBefore(to.moment());
            boolean fineInside = !fineFrom.moment().isBefore(from.moment()) && !fineTo.moment().isAfter(to.moment())
                    && !fineTo.moment().isBefore(fineFrom.moment());
            if (!inside || !fineInside) {
                focus.problem("a focus period needs from < to inside the atlas span, and fineFrom … fineTo inside it");
                continue;
            }
            periods.add(new FocusPeriod(id, name, from.moment(), to.moment(), fineFrom.moment(), fineTo.moment(),
                    hours, presets));
        }
        return periods;
    }

    private static List<Credit> credits(Fields fields, List<Problem> problems, List<String> languages) {
        List<Credit> credits = new ArrayList<>();
        for (Json item : fields.optionalArray("credits").items()) {
            Fields credit = Fields.of(item, "credit", problems, languages);
            if (credit == null) {
                continue;
            }
            credit.rejectUnknown(Set.of("name", "what", "licence", "url"));
            String name = credit.string("name");
            LocalizedText what = credit.text("what");
            String licence = credit.string("licence");
            String url = credit.optionalString("url");
            if (url != null && !url.matches("https?://\\S+")) {
                credit.problemAt(credit.raw("url"), "\"url\" must be a web address starting with http:// or https://");
                url = null;
            }
            if (name != null && what != null && licence != null) {
                credits.add(new Credit(name, what, licence, url));
            }
        }
        return credits;
    }
}
