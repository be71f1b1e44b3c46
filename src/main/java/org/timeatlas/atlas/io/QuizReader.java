package org.timeatlas.atlas.io;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.timeatlas.atlas.Answer;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.ChoiceAnswer;
import org.timeatlas.atlas.DateAnswer;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.QuestionKind;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryAnswer;
import org.timeatlas.atlas.TerritoryKind;

/**
 * Reads {@code quiz.json}, the authored self-check questions, and checks each answer against the atlas's own data:
 * a "territory" answer against the status histories at the question's moment, a "date" answer against the start of
 * the event it is about, an "order" answer against the events' dates at their certainty.
 */
final class QuizReader {

    static final String FILE = "quiz.json";
    /** Widest tolerance of a "date" question, in days (about ten years). */
    static final int MAX_TOLERANCE_DAYS = 3660;
    private static final Set<String> COMMON = Set.of("id", "kind", "question", "moment", "explanation", "sources",
            "showAfter", "era", "tour");
    private static final Map<QuestionKind, Set<String>> BY_KIND = Map.of(
            QuestionKind.CHOICE, Set.of("choices", "answer"),
            QuestionKind.TERRITORY, Set.of("territories", "statuses"),
            QuestionKind.DATE, Set.of("date", "toleranceDays", "about"),
            QuestionKind.ORDER, Set.of("events"));
    private static final int MIN_SENTENCES = 1;
    private static final int MAX_SENTENCES = 3;

    private final ReadContext context;
    private final Map<String, Event> events;
    private final Map<String, Territory> territories;
    private final Map<String, Status> statuses;
    private final Map<String, Era> eras;
    private final Set<String> tourIds;

    QuizReader(ReadContext context, Map<String, Event> events, Map<String, Territory> territories,
               Map<String, Status> statuses, Map<String, Era> eras, Set<String> tourIds) {
        this.context = context;
        this.events = events;
        this.territories = territories;
        this.statuses = statuses;
        this.eras = eras;
        this.tourIds = tourIds;
    }

    List<Question> read(Json json) {
        Set<String> known = new HashSet<>(COMMON);
        BY_KIND.values().forEach(known::addAll);
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields fields : context.items(json, FILE, "question", known)) {
            context.declare(ReadContext.Declared.QUESTION, fields);
            String id = fields.id("id");
            boolean unique = context.unique(fields, id, ids, "question");
            Question question = question(fields, id);
            if (unique && question != null) {
                questions.add(question);
            }
        }
        return questions;
    }

    private Question question(Fields fields, String id) {
        QuestionKind kind = fields.choice("kind", QuestionKind.class);
        if (kind != null) {
            for (Map.Entry<QuestionKind, Set<String>> other : BY_KIND.entrySet()) {
                for (String member : other.getValue()) {
                    if (other.getKey() != kind && fields.raw(member) != null && !BY_KIND.get(kind).contains(member)) {
                        fields.problemAt(fields.raw(member), "a \"" + name(kind) + "\" question has no \"" + member
                                + "\" (that belongs to \"" + name(other.getKey()) + "\" questions)");
                    }
                }
            }
        }
        LocalizedText text = fields.text("question");
        checkNumbers(fields, "question", text);
        LocalizedText explanation = fields.text("explanation");
        if (explanation != null) {
            TextRules.checkSentences(fields, "explanation", explanation, MIN_SENTENCES, MAX_SENTENCES);
        }
        checkNumbers(fields, "explanation", explanation);
        boolean ok = true;
        LocalDateTime moment = null;
        if (fields.has("moment") || kind == QuestionKind.TERRITORY) {
            moment = moment(fields, "moment");
            ok &= moment != null;
        }
        LocalDateTime showAfter = moment(fields, "showAfter");
        List<Source> sources = context.sources(fields);
        context.checkRepeatedCitations(fields);
        String eraId = fields.has("era") ? reference(fields, "era", ReadContext.Declared.ERA, eras.keySet(),
                "era", EraReader.FILE) : null;
        String tourId = fields.has("tour") ? reference(fields, "tour", ReadContext.Declared.TOUR, tourIds,
                "tour", "tours/*.json") : null;
        ok &= (!fields.has("era") || eraId != null) && (!fields.has("tour") || tourId != null);
        Answer answer = kind == null ? null : switch (kind) {
            case CHOICE -> choice(fields);
            case TERRITORY -> territory(fields, moment);
            case DATE -> date(fields, moment);
            case ORDER -> order(fields);
        };
        if (answer != null && !sources.isEmpty()) {
            checkEventsCited(fields, answer, sources);
        }
        if (answer != null && eraId != null && eras.containsKey(eraId)) {
            checkEra(fields, eras.get(eraId), answer, moment, showAfter);
        }
        if (id == null || text == null || explanation == null || !ok || showAfter == null || sources.isEmpty()
                || answer == null) {
            return null;
        }
        return new Question(id, text, answer, moment, explanation, sources, showAfter, eraId, tourId, false);
    }

    private LocalDateTime moment(Fields fields, String name) {
        Fields.ParsedMoment moment = fields.moment(name);
        return moment != null && context.checkShowable(fields, name, moment.moment()) ? moment.moment() : null;
    }

    private String reference(Fields fields, String name, ReadContext.Declared kind, Set<String> known, String what,
                             String where) {
        String id = fields.id(name);
        if (id != null && !known.contains(id)) {
            if (context.unknown(kind, id)) {
                fields.problemAt(fields.raw(name), "unknown " + what + " \"" + id + "\" (not in " + where + ")");
            }
            return null;
        }
        return id;
    }

    private ChoiceAnswer choice(Fields fields) {
        Json.JArray array = fields.array("choices");
        Integer right = fields.integer("answer", 0, ChoiceAnswer.MAX_CHOICES - 1);
        if (array == null) {
            return null;
        }
        int count = array.items().size();
        boolean ok = true;
        if (count < ChoiceAnswer.MIN_CHOICES || count > ChoiceAnswer.MAX_CHOICES) {
            fields.problemAt(array, "\"choices\" must have " + ChoiceAnswer.MIN_CHOICES + "–" + ChoiceAnswer.MAX_CHOICES
                    + " options, found " + count);
            ok = false;
        }
        List<LocalizedText> choices = new ArrayList<>();
        for (Json item : array.items()) {
            LocalizedText choice = fields.textOf(item, "choices");
            if (choice == null) {
                ok = false;
                continue;
            }
            TextRules.checkNumbers(fields, item, "choice", choice, context.languages());
            for (String language : context.languages()) {
                for (LocalizedText earlier : choices) {
                    if (choice.has(language) && earlier.has(language)
                            && earlier.get(language).strip().equals(choice.get(language).strip())) {
                        fields.problemAt(TextRules.translation(item, language), "two choices say the same in \""
                                + language + "\": \"" + choice.get(language).strip() + "\"");
                        ok = false;
                    }
                }
            }
            choices.add(choice);
        }
        if (right != null && right >= count) {
            fields.problemAt(fields.raw("answer"), "\"answer\" " + right + " is not an index of \"choices\" (0–"
                    + (count - 1) + ")");
            return null;
        }
        return ok && right != null ? new ChoiceAnswer(choices, right) : null;
    }

    private TerritoryAnswer territory(Fields fields, LocalDateTime moment) {
        Json.JArray array = fields.array("territories");
        if (array == null) {
            return null;
        }
        boolean ok = true;
        if (array.items().isEmpty()) {
            fields.problemAt(array, "\"territories\" must name at least one territory, the right answer");
            ok = false;
        }
        Set<String> asked = new LinkedHashSet<>();
        for (Json item : fields.optionalArray("statuses").items()) {
            if (!(item instanceof Json.JString id)) {
                fields.problemAt(item, "\"statuses\" must list status ids, found " + Json.kindOf(item));
                ok = false;
            } else if (!statuses.containsKey(id.value())) {
                if (context.unknown(ReadContext.Declared.STATUS, id.value())) {
                    fields.problemAt(item, "unknown status \"" + id.value() + "\" (not in statuses.json)");
                }
                ok = false;
            } else if (statuses.get(id.value()).overlay()) {
                fields.problemAt(item, "status \"" + id.value() + "\" is for overlays only; a territory question asks"
                        + " about who held a territory");
                ok = false;
            } else if (!asked.add(id.value())) {
                fields.problemAt(item, "status \"" + id.value() + "\" is listed twice");
                ok = false;
            }
        }
        if (fields.has("statuses") && fields.raw("statuses") instanceof Json.JArray list && list.items().isEmpty()) {
            fields.problemAt(list, "\"statuses\", when given, must name at least one status");
            ok = false;
        }
        List<String> ids = new ArrayList<>();
        for (Json item : array.items()) {
            String id = item instanceof Json.JString text ? text.value() : null;
            Territory territory = id == null ? null : territories.get(id);
            if (id == null) {
                fields.problemAt(item, "\"territories\" must list territory ids, found " + Json.kindOf(item));
                ok = false;
            } else if (territory == null) {
                if (context.unknown(ReadContext.Declared.TERRITORY, id)) {
                    fields.problemAt(item, "unknown territory \"" + id + "\" (not in territories.json)");
                }
                ok = false;
            } else if (territory.kind() == TerritoryKind.OVERLAY) {
                fields.problemAt(item, "\"" + id + "\" is an overlay, not a territory that can be clicked");
                ok = false;
            } else if (ids.contains(id)) {
                fields.problemAt(item, "territory \"" + id + "\" is listed twice");
                ok = false;
            } else {
                ids.add(id);
                if (moment != null) {
                    ok &= agreesWithHistory(fields, item, territory, moment, asked);
                }
            }
        }
        return ok ? new TerritoryAnswer(ids, List.copyOf(asked)) : null;
    }

    /**
     * Whether the territory's history gives it, at the question's moment, one of the statuses asked about (when the
     * question names them), and the moment is not the very minute its status changes.
     */
    private boolean agreesWithHistory(Fields fields, Json at, Territory territory, LocalDateTime moment,
                                      Set<String> asked) {
        StatusSpan span = territory.spanAt(moment).orElse(null);
        if (span == null) {
            return true; // its history has its own problem
        }
        if (span.from().equals(moment) && !moment.equals(context.info().start())) {
            fields.problemAt(fields.raw("moment"), "\"moment\" " + Fields.written(moment) + " is the very minute \""
                    + territory.id() + "\" changes status (to \"" + span.statusId() + "\"); ask about a moment inside a"
                    + " span");
            return false;
        }
        if (!asked.isEmpty() && !asked.contains(span.statusId())) {
            fields.problemAt(at, "the answer \"" + territory.id() + "\" has status \"" + span.statusId() + "\" at "
                    + Fields.written(moment) + " in territories.json, not " + String.join(" or ",
                    asked.stream().map(s -> "\"" + s + "\"").toList()));
            return false;
        }
        return true;
    }

    private DateAnswer date(Fields fields, LocalDateTime moment) {
        Fields.ParsedMoment date = fields.moment("date");
        boolean ok = date != null && context.checkShowable(fields, "date", date.moment());
        Integer tolerance = fields.integer("toleranceDays", 0, MAX_TOLERANCE_DAYS);
        String about = fields.id("about");
        Event event = about == null ? null : events.get(about);
        if (about != null && event == null) {
            if (context.unknown(ReadContext.Declared.EVENT, about)) {
                fields.problemAt(fields.raw("about"), "unknown event \"" + about + "\" (not in events/*.json)");
            }
            return null;
        }
        if (!ok || tolerance == null || event == null) {
            return null;
        }
        if (!date.moment().equals(event.start())) {
            fields.problemAt(fields.raw("date"), "\"date\" " + Fields.written(date.moment()) + " is not the start of \""
                    + about + "\" (" + Fields.written(event.start()) + ")");
            return null;
        }
        int least = leastTolerance(event.certainty());
        if (tolerance < least) {
            fields.problemAt(fields.raw("toleranceDays"), "\"" + about + "\" is dated to certainty \""
                    + event.certainty().name().toLowerCase(java.util.Locale.ROOT) + "\": \"toleranceDays\" must be at least "
                    + least + ", found " + tolerance);
            return null;
        }
        DateAnswer answer = new DateAnswer(date.moment(), date.hasTime(), tolerance, about);
        if (moment != null && answer.isRight(moment)) {
            fields.problemAt(fields.raw("moment"), "\"moment\" " + Fields.written(moment) + " lies within the tolerance"
                    + " of the answer: the map shown while asking would give it away");
            return null;
        }
        return answer;
    }

    /** The least tolerance, in days, with which a date of this certainty can be set right. */
    static int leastTolerance(Certainty certainty) {
        return switch (certainty) {
            case EXACT, DAY -> 0;
            case MONTH -> 31;
            case APPROXIMATE -> (int) Certainty.APPROXIMATE_REACH.toDays();
        };
    }

    private OrderAnswer order(Fields fields) {
        Json.JArray array = fields.array("events");
        if (array == null) {
            return null;
        }
        int count = array.items().size();
        boolean ok = true;
        if (count < OrderAnswer.MIN_EVENTS || count > OrderAnswer.MAX_EVENTS) {
            fields.problemAt(array, "\"events\" must list " + OrderAnswer.MIN_EVENTS + "–" + OrderAnswer.MAX_EVENTS
                    + " events, found " + count);
            ok = false;
        }
        List<String> ids = new ArrayList<>();
        Event previous = null;
        for (Json item : array.items()) {
            String id = item instanceof Json.JString text ? text.value() : null;
            Event event = id == null ? null : events.get(id);
            if (id == null) {
                fields.problemAt(item, "\"events\" must list event ids, found " + Json.kindOf(item));
            } else if (event == null) {
                if (context.unknown(ReadContext.Declared.EVENT, id)) {
                    fields.problemAt(item, "unknown event \"" + id + "\" (not in events/*.json)");
                }
            } else if (ids.contains(id)) {
                fields.problemAt(item, "event \"" + id + "\" is listed twice");
                event = null;
            } else if (previous != null && !event.start().isAfter(previous.start())) {
                fields.problemAt(item, "\"" + id + "\" (" + Fields.written(event.start()) + ") does not come after \""
                        + previous.id() + "\" (" + Fields.written(previous.start()) + "): list the events in the order"
                        + " they happened");
                event = null;
            } else if (previous != null && !previous.surelyBefore(event)) {
                fields.problemAt(item, "\"" + previous.id() + "\" (" + Fields.written(previous.start()) + ", "
                        + certainty(previous) + ") and \"" + id + "\" (" + Fields.written(event.start()) + ", "
                        + certainty(event) + ") cannot be told apart at the certainty of their dates");
                event = null;
            }
            if (event == null) {
                ok = false;
                continue;
            }
            ids.add(id);
            previous = event;
        }
        return ok ? new OrderAnswer(ids) : null;
    }

    /** Every event the answer rests on (those to order, the one a date is about) has one of its sources cited. */
    private void checkEventsCited(Fields fields, Answer answer, List<Source> cited) {
        List<String> basis = switch (answer.kind()) {
            case ORDER -> ((OrderAnswer) answer).eventIds();
            case DATE -> List.of(((DateAnswer) answer).eventId());
            default -> List.of();
        };
        Set<String> citedIds = new HashSet<>();
        cited.forEach(source -> citedIds.add(source.id()));
        for (String id : basis) {
            Event event = events.get(id);
            if (event != null && event.sources().stream().noneMatch(source -> citedIds.contains(source.id()))) {
                fields.problemAt(fields.raw("sources"), "none of the sources of \"" + id + "\", which the answer rests"
                        + " on, is cited (" + String.join(", ", event.sources().stream().map(Source::id).distinct()
                        .toList()) + ")");
            }
        }
    }

    /** At least one moment the question is about lies in its era (the era's end included). */
    private void checkEra(Fields fields, Era era, Answer answer, LocalDateTime moment, LocalDateTime showAfter) {
        List<LocalDateTime> moments = new ArrayList<>();
        if (moment != null) {
            moments.add(moment);
        }
        if (showAfter != null) {
            moments.add(showAfter);
        }
        if (answer instanceof DateAnswer date) {
            moments.add(date.date());
        } else if (answer instanceof OrderAnswer order) {
            order.eventIds().forEach(id -> moments.add(events.get(id).start()));
        }
        boolean inside = moments.stream().anyMatch(m -> !m.isBefore(era.from()) && !m.isAfter(era.to()));
        if (!moments.isEmpty() && !inside) {
            fields.problemAt(fields.raw("era"), "nothing this question is about lies in era \"" + era.id() + "\" ("
                    + Fields.written(era.from()) + " … " + Fields.written(era.to()) + ")");
        }
    }

    private void checkNumbers(Fields fields, String name, LocalizedText text) {
        if (text != null) {
            TextRules.checkNumbers(fields, fields.raw(name), name, text, context.languages());
        }
    }

    private static String name(QuestionKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String certainty(Event event) {
        return event.certainty().name().toLowerCase(java.util.Locale.ROOT);
    }
}
