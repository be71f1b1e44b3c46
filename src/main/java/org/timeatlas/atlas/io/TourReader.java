package org.timeatlas.atlas.io;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.atlas.Highlight;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.MapPreset;
import org.timeatlas.atlas.Movement;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourLevel;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.atlas.TourView;

/**
 * Reads the guided tours, one per file in {@code tours/}: each a JSON object whose id is its file name. A step's
 * references are checked against the rest of the atlas, and against what the step shows: every highlighted event
 * has begun by the step's moment (and by its {@code revealUntil}), and lies, like every highlighted territory and
 * movement, inside the step's view. The question a step names is checked once the quiz is read
 * ({@link #checkQuestions}).
 */
final class TourReader {

    static final String FOLDER = "tours";
    /** Longest estimated duration of a tour, in minutes. */
    static final int MAX_MINUTES = 600;
    private static final Set<String> FIELDS = Set.of("id", "title", "description", "level", "minutes", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("moment", "view", "highlight", "caption", "notes",
            "revealUntil", "question", "sources");
    private static final Set<String> HIGHLIGHT_FIELDS = Set.of("territories", "events", "movements");
    private static final Set<String> BOX_FIELDS = Set.of("west", "south", "east", "north");
    private static final int MIN_SENTENCES = 1;
    private static final int MAX_SENTENCES = 4;

    private final ReadContext context;
    private final Map<String, Event> events;
    private final Map<String, Territory> territories;
    private final Map<String, Movement> movements;
    private final Map<String, MapPreset> views = new LinkedHashMap<>();
    private final List<QuestionReference> questionReferences = new ArrayList<>();

    TourReader(ReadContext context, Map<String, Event> events, Map<String, Territory> territories,
               Map<String, Movement> movements) {
        this.context = context;
        this.events = events;
        this.territories = territories;
        this.movements = movements;
        for (FocusPeriod period : context.info().focusPeriods()) {
            period.presets().forEach(preset -> views.put(preset.id(), preset));
        }
    }

    /** A step's "question" member, checked once the quiz has been read. */
    private record QuestionReference(Fields step, String id) {
    }

    /** Reads the tour in {@code file} ({@code tours/<id>.json}); null when it has problems. */
    Tour read(Json json, String file) {
        Fields fields = context.fields(json, "tour");
        if (fields == null) {
            return null;
        }
        fields.rejectUnknown(FIELDS);
        context.declare(ReadContext.Declared.TOUR, fields);
        String id = fields.id("id");
        String stem = file.substring(file.lastIndexOf('/') + 1, file.length() - ".json".length());
        if (id != null && !id.equals(stem)) {
            fields.problemAt(fields.raw("id"), "the tour id \"" + id + "\" differs from its file name \"" + stem
                    + ".json\"; name the file " + id + ".json");
            id = null;
        }
        LocalizedText title = fields.text("title");
        LocalizedText description = fields.text("description");
        checkNumbers(fields, "title", title);
        checkNumbers(fields, "description", description);
        TourLevel level = fields.choice("level", TourLevel.class);
        Integer minutes = fields.integer("minutes", 1, MAX_MINUTES);
        Json.JArray stepsJson = fields.array("steps");
        List<TourStep> steps = new ArrayList<>();
        boolean stepsOk = stepsJson != null;
        if (stepsJson != null) {
            int count = stepsJson.items().size();
            if (count < Tour.MIN_STEPS || count > Tour.MAX_STEPS) {
                fields.problemAt(stepsJson, "a tour has " + Tour.MIN_STEPS + "–" + Tour.MAX_STEPS + " steps, this one has "
                        + count);
                stepsOk = false;
            }
            for (Json item : stepsJson.items()) {
                TourStep step = step(item);
                stepsOk &= step != null;
                if (step != null) {
                    steps.add(step);
                }
            }
        }
        if (id == null || title == null || description == null || level == null || minutes == null || !stepsOk) {
            return null;
        }
        return new Tour(id, title, description, level, minutes, steps);
    }

    private TourStep step(Json item) {
        Fields step = context.fields(item, "tour step");
        if (step == null) {
            return null;
        }
        step.rejectUnknown(STEP_FIELDS);
        Fields.ParsedMoment moment = step.moment("moment");
        boolean ok = moment != null && context.checkShowable(step, "moment", moment.moment());
        LocalDateTime revealUntil = null;
        if (step.has("revealUntil")) {
            Fields.ParsedMoment reveal = step.moment("revealUntil");
            ok &= reveal != null && context.checkShowable(step, "revealUntil", reveal.moment());
            if (reveal != null && moment != null && reveal.moment().isBefore(moment.moment())) {
                step.problemAt(step.raw("revealUntil"), "\"revealUntil\" " + Fields.written(reveal.moment())
                        + " comes before the step's moment " + Fields.written(moment.moment())
                        + ": the no-spoiler view would hide the step itself");
                ok = false;
            }
            revealUntil = reveal == null ? null : reveal.moment();
        }
        TourView view = view(step);
        Highlight highlight = highlight(step, ok ? moment.moment() : null, revealUntil, view);
        LocalizedText caption = step.text("caption");
        if (caption != null) {
            TextRules.checkSentences(step, "caption", caption, MIN_SENTENCES, MAX_SENTENCES);
        }
        checkNumbers(step, "caption", caption);
        LocalizedText notes = step.optionalText("notes");
        checkNumbers(step, "notes", notes);
        String question = null;
        if (step.has("question")) {
            question = step.id("question");
            ok &= question != null;
            if (question != null) {
                questionReferences.add(new QuestionReference(step, question));
            }
        }
        List<Source> sources = List.of();
        Json.JArray sourcesJson = step.has("sources") ? step.array("sources") : null;
        if (step.has("sources") && (sourcesJson == null || !sourcesJson.items().isEmpty())) {
            sources = context.sources(step);
            context.checkRepeatedCitations(step);
        }
        if (!ok || view == null || highlight == null || caption == null || (step.has("notes") && notes == null)) {
            return null;
        }
        return new TourStep(moment.moment(), moment.hasTime(), view, highlight, caption, notes, revealUntil, question,
                sources);
    }

    /** "home", a focus view id or a lon/lat box {west, south, east, north}; null after a problem. */
    private TourView view(Fields step) {
        Json value = step.raw("view");
        if (value == null || value instanceof Json.JNull) {
            step.problem("missing \"view\"");
            return null;
        }
        if (value instanceof Json.JString name) {
            if (TourView.HOME.equals(name.value())) {
                return new TourView(TourView.HOME, context.info().home());
            }
            MapPreset preset = views.get(name.value());
            if (preset == null) {
                step.problemAt(value, "\"view\" \"" + name.value() + "\" is neither \"home\" nor a focus view of atlas.json"
                        + (views.isEmpty() ? " (it has none)" : " (" + String.join(", ", views.keySet()) + ")"));
                return null;
            }
            return new TourView(preset.id(), preset.bounds());
        }
        if (!(value instanceof Json.JObject)) {
            step.problemAt(value, "\"view\" must be \"home\", a focus view id or a box {\"west\", \"south\", \"east\","
                    + " \"north\"}, found " + Json.kindOf(value));
            return null;
        }
        Fields box = step.object("view", "tour step view");
        box.rejectUnknown(BOX_FIELDS);
        Bounds bounds = InfoReader.bounds(box);
        if (bounds == null || !context.projects(bounds, value.location(), "the step's view")) {
            return null;
        }
        if (!overlaps(bounds, context.info().home())) {
            box.problem("the box lies wholly outside the atlas's home box");
            return null;
        }
        return new TourView(null, bounds);
    }

    private Highlight highlight(Fields step, LocalDateTime moment, LocalDateTime revealUntil, TourView view) {
        Fields highlight = step.object("highlight", "tour step highlight");
        if (highlight == null) {
            return null;
        }
        highlight.rejectUnknown(HIGHLIGHT_FIELDS);
        boolean ok = true;
        List<String> territoryIds = ids(highlight, "territories");
        List<String> eventIds = ids(highlight, "events");
        List<String> movementIds = ids(highlight, "movements");
        if (territoryIds == null || eventIds == null || movementIds == null) {
            return null;
        }
        if (eventIds.isEmpty()) {
            highlight.problem("a step highlights at least one event (its caption rests on the events' sources)");
            ok = false;
        }
        Bounds box = view == null ? null : view.bounds();
        Json.JArray eventsJson = highlight.optionalArray("events");
        for (int i = 0; i < eventIds.size(); i++) {
            ok &= event(highlight, eventsJson.items().get(i), eventIds.get(i), moment, revealUntil, box);
        }
        Json.JArray territoriesJson = highlight.optionalArray("territories");
        for (int i = 0; i < territoryIds.size(); i++) {
            String id = territoryIds.get(i);
            Territory territory = territories.get(id);
            Json at = territoriesJson.items().get(i);
            if (territory == null) {
                if (context.unknown(ReadContext.Declared.TERRITORY, id)) {
                    highlight.problemAt(at, "unknown territory \"" + id + "\" (not in territories.json)");
                }
                ok = false;
            } else if (box != null && !overlaps(box, territory.outline().getEnvelopeInternal())) {
                highlight.problemAt(at, "territory \"" + id + "\" lies wholly outside the step's view");
                ok = false;
            }
        }
        Json.JArray movementsJson = highlight.optionalArray("movements");
        for (int i = 0; i < movementIds.size(); i++) {
            String id = movementIds.get(i);
            Movement movement = movements.get(id);
            Json at = movementsJson.items().get(i);
            if (movement == null) {
                if (context.unknown(ReadContext.Declared.MOVEMENT, id)) {
                    highlight.problemAt(at, "unknown movement \"" + id + "\" (not in movements.geojson)");
                }
                ok = false;
            } else if (box != null && !overlaps(box, movement.path().getEnvelopeInternal())) {
                highlight.problemAt(at, "movement \"" + id + "\" lies wholly outside the step's view");
                ok = false;
            }
        }
        return ok ? new Highlight(territoryIds, eventIds, movementIds) : null;
    }

    private boolean event(Fields highlight, Json at, String id, LocalDateTime moment, LocalDateTime revealUntil,
                          Bounds box) {
        Event event = events.get(id);
        if (event == null) {
            if (context.unknown(ReadContext.Declared.EVENT, id)) {
                highlight.problemAt(at, "unknown event \"" + id + "\" (not in events/*.json)");
            }
            return false;
        }
        boolean ok = true;
        if (moment != null && event.start().isAfter(moment)) {
            highlight.problemAt(at, "event \"" + id + "\" begins " + Fields.written(event.start())
                    + ", after the step's moment " + Fields.written(moment) + ": it is not on the map yet");
            ok = false;
        } else if (revealUntil != null && event.start().isAfter(revealUntil)) {
            highlight.problemAt(at, "event \"" + id + "\" begins " + Fields.written(event.start())
                    + ", after the step's \"revealUntil\" " + Fields.written(revealUntil) + ": it would be hidden");
            ok = false;
        }
        if (box != null && event.location() != null && !contains(box, event.location().lon(), event.location().lat())) {
            highlight.problemAt(at, String.format(java.util.Locale.ROOT, "event \"%s\" (lon %.4f, lat %.4f) lies outside"
                    + " the step's view", id, event.location().lon(), event.location().lat()));
            ok = false;
        }
        return ok;
    }

    /** The ids in the optional array {@code name}, each an id given once; null after a problem. */
    private static List<String> ids(Fields fields, String name) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (Json item : fields.optionalArray(name).items()) {
            if (!(item instanceof Json.JString id) || !Fields.isId(id.value())) {
                fields.problemAt(item, "\"" + name + "\" must list ids (lower-case words joined by hyphens), found "
                        + (item instanceof Json.JString text ? "\"" + text.value() + "\"" : Json.kindOf(item)));
                ok = false;
            } else if (!seen.add(id.value())) {
                fields.problemAt(item, "\"" + id.value() + "\" is listed twice in \"" + name + "\"");
                ok = false;
            } else {
                ids.add(id.value());
            }
        }
        return ok ? ids : null;
    }

    private void checkNumbers(Fields fields, String name, LocalizedText text) {
        if (text != null) {
            TextRules.checkNumbers(fields, fields.raw(name), name, text, context.languages());
        }
    }

    /**
     * Checks each step's question id against the quiz: {@code quizPresent} says whether the atlas has a quiz.json,
     * {@code questionIds} are the ids it declares.
     */
    void checkQuestions(boolean quizPresent) {
        for (QuestionReference reference : questionReferences) {
            if (!quizPresent) {
                reference.step().problemAt(reference.step().raw("question"), "question \"" + reference.id()
                        + "\": the atlas has no " + QuizReader.FILE + " to take it from");
            } else if (context.unknown(ReadContext.Declared.QUESTION, reference.id())) {
                reference.step().problemAt(reference.step().raw("question"), "unknown question \"" + reference.id()
                        + "\" (not in " + QuizReader.FILE + ")");
            }
        }
    }

    /** Whether the point lies in the box (a box with west &gt; east crosses the 180° meridian). */
    static boolean contains(Bounds box, double lon, double lat) {
        return lat >= box.south() && lat <= box.north() && (box.crossesAntimeridian()
                ? lon >= box.west() || lon <= box.east() : lon >= box.west() && lon <= box.east());
    }

    static boolean overlaps(Bounds box, Bounds other) {
        return overlaps(box, new Envelope(other.west(), other.crossesAntimeridian() ? 180 : other.east(), other.south(),
                other.north())) || (other.crossesAntimeridian()
                && overlaps(box, new Envelope(-180, other.east(), other.south(), other.north())));
    }

    /** Whether the lon/lat envelope shares any point with the box. */
    static boolean overlaps(Bounds box, Envelope envelope) {
        if (envelope.getMaxY() < box.south() || envelope.getMinY() > box.north()) {
            return false;
        }
        if (!box.crossesAntimeridian()) {
            return envelope.getMaxX() >= box.west() && envelope.getMinX() <= box.east();
        }
        return envelope.getMaxX() >= box.west() || envelope.getMinX() <= box.east();
    }
}
