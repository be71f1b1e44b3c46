package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.ChoiceAnswer;
import org.timeatlas.atlas.DateAnswer;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.LensSpan;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.QuestionKind;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryAnswer;
import org.timeatlas.atlas.TerritoryKind;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.StateIndex;

/**
 * The tours, quiz and lenses of the embedded Georgia atlas: the ten tours issue 9 asks for, at least 45 questions
 * spread over every kind and era whose answers agree with the state index, and the "law" and "recognition" lenses
 * covering every territory without gaps.
 */
class ToursQuizLensesDataTest {

    private static final List<String> TOURS = List.of("overview", "south-ossetia-1991-1992", "abkhazia-1992-1993",
            "adjara-1991-2004", "frozen-years", "escalation-2004-2008", "five-days", "aftermath-2008",
            "beyond-the-battlefield", "claims-and-findings-7-8-august");
    private static final List<String> OUTSIDE_BREAKAWAYS = List.of("georgia-rest", "adjara", "buffer-zone-gori",
            "gori-zone-2008", "buffer-zone-west", "poti-senaki", "perevi");
    private static final List<String> ABKHAZIA_PARTS = List.of("abkhazia", "gali", "upper-kodori");
    private static final List<String> SOUTH_OSSETIA_PARTS = List.of("south-ossetia", "akhalgori", "liakhvi-villages");

    /**
     * How each authored "territory" question is read (as tools/check-quiz.py reads it): the statuses it asks about
     * and the territories it can mean (null: every territory). quiz.json does not say which status a question asks
     * about; once its territory questions carry "statuses", those are used instead.
     */
    private static final Map<String, Reading> READINGS = new LinkedHashMap<>();

    static {
        READINGS.put("q-south-ossetia-breaks-1990", new Reading(List.of("autonomy"), null));
        READINGS.put("q-south-ossetia-war-1992", new Reading(List.of("contested"), null));
        READINGS.put("q-adjara-regime-1993", new Reading(List.of("regional-regime"), null));
        READINGS.put("q-abkhazia-battleground-1993", new Reading(List.of("contested"), null));
        READINGS.put("q-upper-kodori-2000", new Reading(List.of("government"), ABKHAZIA_PARTS));
        READINGS.put("q-gali-fighting-1998", new Reading(List.of("contested"), null));
        READINGS.put("q-adjara-visas-2003", new Reading(List.of("regional-regime"), null));
        READINGS.put("q-south-ossetia-divided-2004", new Reading(List.of("government"), SOUTH_OSSETIA_PARTS));
        READINGS.put("q-kodori-operation-2006", new Reading(List.of("contested"), null));
        READINGS.put("q-upper-kodori-2007", new Reading(List.of("government"), ABKHAZIA_PARTS));
        READINGS.put("q-war-fighting-8-august", new Reading(List.of("contested"), null));
        READINGS.put("q-war-kodori-front", new Reading(List.of("contested"), ABKHAZIA_PARTS));
        READINGS.put("q-war-russians-beyond", new Reading(List.of("russian-military", "russian-checkpoints"), null));
        READINGS.put("q-russians-stay-1-september", new Reading(List.of("russian-military", "russian-checkpoints"), null));
        READINGS.put("q-perevi-november", new Reading(List.of("separatist"), OUTSIDE_BREAKAWAYS));
        READINGS.put("q-akhalgori-14-august", new Reading(List.of("government"), SOUTH_OSSETIA_PARTS));
    }

    private record Reading(List<String> statuses, List<String> among) {
    }

    private static Atlas atlas;
    private static StateIndex index;
    private static Map<String, Event> events;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
        index = new StateIndex(atlas);
        events = atlas.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    // --- tours ---

    @Test
    void theTenToursOfTheIssueAreThereWithEightToTwentySteps() {
        List<String> ids = atlas.tours().stream().map(Tour::id).toList();
        assertTrue(ids.containsAll(TOURS), "tours: " + ids);
        assertTrue(ids.size() >= 10, "tours: " + ids);
        for (Tour tour : atlas.tours()) {
            assertTrue(tour.steps().size() >= Tour.MIN_STEPS && tour.steps().size() <= Tour.MAX_STEPS, tour.id());
            assertTrue(tour.minutes() > 0, tour.id());
            for (TourStep step : tour.steps()) {
                assertFalse(step.highlight().eventIds().isEmpty(), tour.id() + " " + step.moment());
                assertTrue(step.caption().has("en") && step.caption().has("hi"), tour.id() + " " + step.moment());
            }
        }
    }

    @Test
    void everyStepShowsItsEventsAndAsksOnlyQuestionsOfTheQuiz() {
        Set<String> questions = atlas.questions().stream().map(Question::id).collect(Collectors.toSet());
        for (Tour tour : atlas.tours()) {
            for (TourStep step : tour.steps()) {
                String where = tour.id() + " " + step.moment();
                for (String id : step.highlight().eventIds()) {
                    Event event = events.get(id);
                    assertNotNull(event, where + ": " + id);
                    assertFalse(event.start().isAfter(step.revealedUntil()), where + ": " + id + " would be hidden");
                }
                step.question().ifPresent(q -> assertTrue(questions.contains(q), where + ": question " + q));
            }
        }
    }

    @Test
    void theFiveDaysTourStepsThroughSevenToTwelveAugust2008() {
        Tour five = atlas.tour("five-days").orElseThrow();
        for (TourStep step : five.steps()) {
            assertTrue(!step.moment().isBefore(LocalDateTime.of(2008, 8, 7, 0, 0))
                    && !step.moment().isAfter(LocalDateTime.of(2008, 8, 13, 0, 0)), step.moment().toString());
        }
    }

    // --- quiz ---

    @Test
    void atLeast45QuestionsAtLeastEightOfEachKindAndThreeInEveryEra() {
        List<Question> questions = atlas.questions();
        assertTrue(questions.size() >= 45, questions.size() + " questions");
        Map<QuestionKind, Integer> kinds = new EnumMap<>(QuestionKind.class);
        questions.forEach(q -> kinds.merge(q.kind(), 1, Integer::sum));
        for (QuestionKind kind : QuestionKind.values()) {
            assertTrue(kinds.getOrDefault(kind, 0) >= 8, kind + ": " + kinds);
        }
        for (Era era : atlas.eras()) {
            long inEra = questions.stream().filter(q -> era.id().equals(q.eraId())).count();
            assertTrue(inEra >= 3, era.id() + " has " + inEra + " questions");
        }
        for (Question question : questions) {
            assertNotNull(question.eraId(), question.id() + " names no era");
            assertFalse(question.generated(), question.id());
            assertFalse(question.sources().isEmpty(), question.id());
            assertTrue(question.question().has("hi") && question.explanation().has("hi"), question.id());
        }
    }

    @Test
    void everyTerritoryAnswerIsWhatTheStateIndexSaysAtTheQuestionsMoment() {
        Set<String> plain = atlas.territories().stream().filter(t -> t.kind() == TerritoryKind.TERRITORY)
                .map(Territory::id).collect(Collectors.toSet());
        for (Question question : atlas.questions()) {
            if (!(question.answer() instanceof TerritoryAnswer answer)) {
                continue;
            }
            Reading reading = READINGS.get(question.id());
            List<String> asked = !answer.statusIds().isEmpty() ? answer.statusIds() : reading == null ? null
                    : reading.statuses();
            assertNotNull(asked, question.id() + ": give it \"statuses\" (the statuses it asks about) in quiz.json");
            List<String> among = reading == null || reading.among() == null ? List.copyOf(plain) : reading.among();
            LocalDateTime moment = question.moment();
            Set<String> holders = new HashSet<>();
            for (String id : among) {
                String status = index.statusAt(id, moment).map(Status::id).orElse(null);
                if (asked.contains(status)) {
                    holders.add(id);
                }
            }
            assertEquals(holders, Set.copyOf(answer.territoryIds()), question.id() + " at " + moment
                    + ": the right answers are exactly the territories it can mean that had " + asked);
        }
    }

    @Test
    void everyOrderAnswerIsTheOrderOfTheEventsDates() {
        for (Question question : atlas.questions()) {
            if (question.answer() instanceof OrderAnswer answer) {
                List<Event> ordered = answer.eventIds().stream().map(events::get).toList();
                for (int i = 1; i < ordered.size(); i++) {
                    Event before = ordered.get(i - 1);
                    Event after = ordered.get(i);
                    assertTrue(after.start().isAfter(before.start()), question.id() + ": " + after.id());
                    assertFalse(latest(before).isAfter(earliest(after)), question.id() + ": " + before.id() + " and "
                            + after.id() + " overlap at their certainty");
                }
            }
        }
    }

    @Test
    void everyDateAnswerIsTheStartOfItsEventWithinAToleranceItsCertaintyAllows() {
        for (Question question : atlas.questions()) {
            if (question.answer() instanceof DateAnswer answer) {
                Event event = events.get(answer.eventId());
                assertNotNull(event, question.id());
                assertEquals(event.start(), answer.date(), question.id());
                int least = event.certainty() == Certainty.MONTH ? 31 : event.certainty() == Certainty.APPROXIMATE ? 7 : 0;
                assertTrue(answer.toleranceDays() >= least, question.id());
                assertTrue(answer.isRight(event.start()), question.id());
            }
        }
    }

    @Test
    void everyChoiceQuestionHasOneRightOptionAmongDifferentOnes() {
        for (Question question : atlas.questions()) {
            if (question.answer() instanceof ChoiceAnswer answer) {
                assertTrue(answer.choices().size() >= 2 && answer.choices().size() <= 5, question.id());
                assertEquals(answer.choices().size(), answer.choices().stream().map(c -> c.get("en")).distinct().count(),
                        question.id());
            }
        }
    }

    // --- lenses ---

    @Test
    void theLawAndRecognitionLensesCoverEveryTerritoryWithoutGaps() {
        assertEquals(List.of("law", "recognition"), atlas.lenses().stream().map(Lens::id).toList());
        for (Lens lens : atlas.lenses()) {
            for (Territory territory : atlas.territories()) {
                List<LensSpan> history = lens.history(territory.id());
                if (territory.kind() == TerritoryKind.OVERLAY) {
                    continue;
                }
                assertFalse(history.isEmpty(), lens.id() + " " + territory.id());
                assertEquals(atlas.info().start(), history.get(0).from(), lens.id() + " " + territory.id());
                assertEquals(atlas.info().end(), history.get(history.size() - 1).to(), lens.id() + " " + territory.id());
                for (int i = 1; i < history.size(); i++) {
                    assertEquals(history.get(i - 1).to(), history.get(i).from(), lens.id() + " " + territory.id());
                }
                for (LocalDateTime day = atlas.info().start(); day.isBefore(atlas.info().end()); day = day.plusDays(1)) {
                    assertTrue(index.statusAt(territory.id(), day, lens.id()).isPresent(), lens.id() + " "
                            + territory.id() + " " + day);
                }
                for (LensSpan span : history) {
                    assertFalse(span.sources().isEmpty(), lens.id() + " " + territory.id() + " " + span.from());
                    assertTrue(span.note().has("en") && span.note().has("hi"), lens.id() + " " + territory.id());
                }
            }
        }
    }

    @Test
    void abkhaziaOn27August2008HasThreeDifferentStatusesInTheThreeLenses() {
        LocalDateTime moment = LocalDateTime.of(2008, 8, 27, 12, 0);
        List<Status> statuses = new ArrayList<>();
        for (String lens : List.of(Lens.CONTROL, "law", "recognition")) {
            statuses.add(index.statusAt("abkhazia", moment, lens).orElseThrow(() -> new AssertionError(lens)));
        }
        assertEquals("separatist", statuses.get(0).id());
        for (int i = 0; i < statuses.size(); i++) {
            for (int j = i + 1; j < statuses.size(); j++) {
                assertNotEquals(statuses.get(i).id(), statuses.get(j).id());
                assertNotEquals(statuses.get(i).colour(), statuses.get(j).colour(), "the map would not change colour");
                assertNotEquals(statuses.get(i).label().get("en"), statuses.get(j).label().get("en"));
            }
        }
        assertEquals(LocalDateTime.of(2008, 8, 26, 0, 0), index.lensSpanAt("abkhazia", moment, "recognition")
                .orElseThrow().from(), "the recognition lens changes with Russia's recognition of 26 August 2008");
    }

    // --- the project's Hindi spelling rule in all three ---

    @Test
    void galiIsAlwaysTheDistrictOrTheTownInTheToursQuizAndLenses() {
        List<String> wrong = GaliSpelling.problemsIn(texts());
        assertEquals(List.of(), wrong);
    }

    private static Map<String, LocalizedText> texts() {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        for (Tour tour : atlas.tours()) {
            texts.put(tour.id() + " title", tour.title());
            texts.put(tour.id() + " description", tour.description());
            for (int i = 0; i < tour.steps().size(); i++) {
                TourStep step = tour.steps().get(i);
                texts.put(tour.id() + " step " + (i + 1) + " caption", step.caption());
                int number = i + 1;
                step.speakerNotes().ifPresent(notes -> texts.put(tour.id() + " step " + number + " notes", notes));
            }
        }
        for (Question question : atlas.questions()) {
            texts.put(question.id() + " question", question.question());
            texts.put(question.id() + " explanation", question.explanation());
            if (question.answer() instanceof ChoiceAnswer choice) {
                for (int i = 0; i < choice.choices().size(); i++) {
                    texts.put(question.id() + " choice " + i, choice.choices().get(i));
                }
            }
        }
        for (Lens lens : atlas.lenses()) {
            texts.put(lens.id() + " name", lens.name());
            texts.put(lens.id() + " description", lens.description());
            for (Status status : lens.statuses()) {
                texts.put(lens.id() + " " + status.id() + " label", status.label());
                if (status.description() != null) {
                    texts.put(lens.id() + " " + status.id() + " description", status.description());
                }
            }
            lens.histories().forEach((territory, spans) -> spans.forEach(span ->
                    texts.put(lens.id() + " " + territory + " " + span.from() + " note", span.note())));
        }
        return texts;
    }

    private static LocalDateTime earliest(Event event) {
        return switch (event.certainty()) {
            case EXACT -> event.start();
            case DAY -> event.start().toLocalDate().atStartOfDay();
            case MONTH -> event.start().toLocalDate().withDayOfMonth(1).atStartOfDay();
            case APPROXIMATE -> event.start().minusDays(7);
        };
    }

    private static LocalDateTime latest(Event event) {
        return switch (event.certainty()) {
            case EXACT -> event.start().plusMinutes(1);
            case DAY -> event.start().toLocalDate().plusDays(1).atStartOfDay();
            case MONTH -> event.start().toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            case APPROXIMATE -> event.start().plusDays(7);
        };
    }
}
