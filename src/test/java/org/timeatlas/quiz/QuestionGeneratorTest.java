package org.timeatlas.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.ChoiceAnswer;
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
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.StateIndex;

/**
 * Every answer of 500 generated questions per seed, over five seeds, checked against the embedded atlas: the
 * status of a territory all through the day asked about (hour by hour, with the state index), the order of events
 * at the certainty of their dates, and that no question has a second right answer.
 */
class QuestionGeneratorTest {

    private static final long[] SEEDS = {1L, 7L, 42L, 2008L, 19890409L};
    private static final int PER_SEED = 500;
    private static Atlas atlas;
    private static StateIndex index;
    private static QuestionGenerator generator;
    private static Map<String, Event> events;
    private static List<Territory> territories;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
        index = new StateIndex(atlas);
        generator = new QuestionGenerator(atlas, index);
        events = atlas.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
        territories = atlas.territories().stream().filter(t -> t.kind() == TerritoryKind.TERRITORY).toList();
    }

    @Test
    void everyGeneratedAnswerAgreesWithTheAtlasAndHasNoSecondRightAnswer() {
        Map<QuestionKind, Integer> kinds = new java.util.EnumMap<>(QuestionKind.class);
        for (long seed : SEEDS) {
            List<Question> questions = generator.generate(PER_SEED, new Random(seed));
            assertEquals(PER_SEED, questions.size(), "seed " + seed);
            assertEquals(PER_SEED, questions.stream().map(Question::id).distinct().count(), "ids unique, seed " + seed);
            for (Question question : questions) {
                checkCommon(question);
                check(question);
                kinds.merge(question.kind(), 1, Integer::sum);
            }
        }
        for (QuestionKind kind : List.of(QuestionKind.ORDER, QuestionKind.CHOICE, QuestionKind.TERRITORY)) {
            assertTrue(kinds.getOrDefault(kind, 0) >= PER_SEED * SEEDS.length / 4, kind + ": " + kinds);
        }
    }

    @Test
    void daysOfWarWhenStatusesChangeWithinTheDayAreNeverAskedAbout() {
        Era war = atlas.eras().stream().filter(e -> e.to().isAfter(e.from()) && e.from().getYear() == 2008
                && java.time.Duration.between(e.from(), e.to()).toDays() <= 10).findFirst().orElseThrow();
        List<Question> questions = generator.generate(200, new Random(8), war);
        assertTrue(questions.size() >= 20, questions.size() + " questions in " + war.id());
        questions.forEach(QuestionGeneratorTest::check);
    }

    @Test
    void theSameSeedGivesTheSameQuestions() {
        assertEquals(generator.generate(60, new Random(5)), generator.generate(60, new Random(5)));
        assertFalse(generator.generate(60, new Random(5)).equals(generator.generate(60, new Random(6))));
    }

    @Test
    void questionsForAnEraAreAboutThatEraAndNameIt() {
        for (Era era : atlas.eras()) {
            List<Question> questions = generator.generate(30, new Random(era.id().hashCode()), era);
            assertFalse(questions.isEmpty(), era.id());
            for (Question question : questions) {
                checkCommon(question);
                check(question);
                assertEquals(era.id(), question.eraId(), question.id());
                for (LocalDateTime moment : momentsOf(question)) {
                    assertTrue(!moment.isBefore(era.from()) && moment.isBefore(era.to()),
                            question.id() + " at " + moment + " outside " + era.id());
                }
            }
        }
    }

    // --- checks, written without the generator's own helpers ---

    private static void check(Question question) {
        switch (question.kind()) {
            case ORDER -> checkOrder(question);
            case CHOICE -> checkWhoHeld(question);
            case TERRITORY -> checkClick(question);
            default -> throw new AssertionError("not a generated kind: " + question.id());
        }
    }

    private static void checkCommon(Question question) {
        assertTrue(question.generated(), question.id());
        assertTrue(question.id().startsWith(QuestionGenerator.ID_PREFIX), question.id());
        assertFalse(question.sources().isEmpty(), question.id() + " has no source");
        for (String language : atlas.info().languages()) {
            assertTrue(question.question().has(language) && question.explanation().has(language),
                    question.id() + " lacks " + language);
        }
        assertNotNull(question.showAfter(), question.id());
        assertTrue(atlas.info().covers(question.showAfter()), question.id());
        if (question.eraId() != null) {
            assertTrue(atlas.eras().stream().anyMatch(e -> e.id().equals(question.eraId())), question.id());
        }
    }

    private static void checkOrder(Question question) {
        List<String> ids = assertInstanceOf(OrderAnswer.class, question.answer()).eventIds();
        assertTrue(ids.size() >= OrderAnswer.MIN_EVENTS && ids.size() <= OrderAnswer.MAX_EVENTS, question.id());
        assertEquals(ids.size(), new HashSet<>(ids).size(), question.id());
        Set<String> cited = question.sources().stream().map(Source::id).collect(Collectors.toSet());
        for (int i = 0; i < ids.size(); i++) {
            Event event = events.get(ids.get(i));
            assertNotNull(event, question.id() + ": unknown event " + ids.get(i));
            assertFalse(event.claim(), question.id() + ": a claim is not put in order as if it were an event: " + event.id());
            assertTrue(event.sources().stream().anyMatch(s -> cited.contains(s.id())), question.id() + " cites no source of "
                    + event.id());
            for (int j = i + 1; j < ids.size(); j++) {
                Event later = events.get(ids.get(j));
                // the only right order: every earlier event's whole date range ends before the later one's begins
                assertFalse(latest(event).isAfter(earliest(later)), question.id() + ": " + event.id() + " and "
                        + later.id() + " overlap at their certainty");
                for (String language : atlas.info().languages()) {
                    assertFalse(event.title().get(language).equals(later.title().get(language)), question.id());
                }
            }
        }
        assertNull(question.moment(), "the map does not show a moment that gives the order away");
        assertEquals(events.get(ids.get(ids.size() - 1)).start(), question.showAfter(), question.id());
    }

    private static void checkWhoHeld(Question question) {
        ChoiceAnswer answer = assertInstanceOf(ChoiceAnswer.class, question.answer());
        String rest = question.id().substring((QuestionGenerator.ID_PREFIX + "who-held-").length());
        String territoryId = rest.substring(0, rest.length() - "-yyyymmdd".length());
        LocalDateTime day = question.showAfter();
        assertEquals(LocalTime.MIDNIGHT, day.toLocalTime(), question.id());
        assertEquals(day.toLocalDate(), LocalDate.parse(rest.substring(rest.length() - 8),
                java.time.format.DateTimeFormatter.BASIC_ISO_DATE), question.id());
        Territory territory = atlas.territory(territoryId).orElseThrow(() -> new AssertionError(question.id()));
        assertEquals(TerritoryKind.TERRITORY, territory.kind(), question.id());
        String held = heldAllDay(territory, day);
        assertNotNull(held, question.id() + ": " + territoryId + " changes status during " + day.toLocalDate());
        List<String> optionStatuses = answer.choices().stream().map(QuestionGeneratorTest::statusLabelled).toList();
        assertEquals(1, optionStatuses.stream().filter(held::equals).count(), question.id() + ": options " + optionStatuses
                + ", held " + held);
        assertEquals(held, optionStatuses.get(answer.right()), question.id());
        assertEquals(optionStatuses.size(), new HashSet<>(optionStatuses).size(), question.id());
        StatusSpan span = territory.spanAt(day).orElseThrow();
        Set<String> cited = question.sources().stream().map(Source::id).collect(Collectors.toSet());
        assertTrue(span.sources().stream().allMatch(s -> cited.contains(s.id())), question.id() + " leaves out a source"
                + " of the span it rests on");
        assertNull(question.moment(), "the map does not show the answer while asking");
    }

    private static void checkClick(Question question) {
        TerritoryAnswer answer = assertInstanceOf(TerritoryAnswer.class, question.answer());
        LocalDateTime day = question.moment();
        assertNotNull(day, question.id());
        assertEquals(LocalTime.MIDNIGHT, day.toLocalTime(), question.id());
        assertEquals(1, answer.statusIds().size(), question.id());
        String asked = answer.statusIds().get(0);
        assertFalse(answer.territoryIds().isEmpty(), question.id());
        List<String> holders = new ArrayList<>();
        Set<String> cited = question.sources().stream().map(Source::id).collect(Collectors.toSet());
        for (Territory territory : territories) {
            String held = heldAllDay(territory, day);
            if (asked.equals(held)) {
                holders.add(territory.id());
                assertTrue(territory.spanAt(day).orElseThrow().sources().stream().allMatch(s -> cited.contains(s.id())),
                        question.id() + " leaves out a source of " + territory.id());
            } else {
                for (int hour = 0; hour < 24; hour++) {
                    assertFalse(index.statusAt(territory.id(), day.plusHours(hour)).map(Status::id)
                            .filter(asked::equals).isPresent(), question.id() + ": " + territory.id()
                            + " is also " + asked + " at " + day.plusHours(hour) + " but not a right answer");
                }
            }
        }
        assertEquals(holders, answer.territoryIds(), question.id() + ": the right answers are exactly the holders");
        for (String id : holders) {
            assertTrue(QuizSession.isRight(question, new Response.Territory(id)), question.id());
        }
    }

    /** The status id {@code territory} has at every hour and the last minute of {@code day}, or null if it changes. */
    private static String heldAllDay(Territory territory, LocalDateTime day) {
        String first = index.statusAt(territory.id(), day).map(Status::id).orElse(null);
        for (int hour = 1; hour < 24; hour++) {
            if (!java.util.Objects.equals(first, index.statusAt(territory.id(), day.plusHours(hour)).map(Status::id)
                    .orElse(null))) {
                return null;
            }
        }
        boolean changesInside = territory.history().stream()
                .anyMatch(span -> span.from().isAfter(day) && span.from().isBefore(day.plusDays(1)));
        String last = index.statusAt(territory.id(), day.plusDays(1).minusMinutes(1)).map(Status::id).orElse(null);
        return changesInside || !java.util.Objects.equals(first, last) ? null : first;
    }

    private static String statusLabelled(LocalizedText label) {
        List<Status> matching = atlas.statuses().stream().filter(s -> s.label().equals(label)).toList();
        assertEquals(1, matching.size(), "one legend entry is labelled " + label);
        return matching.get(0).id();
    }

    private static List<LocalDateTime> momentsOf(Question question) {
        List<LocalDateTime> moments = new ArrayList<>();
        if (question.answer() instanceof OrderAnswer order) {
            order.eventIds().forEach(id -> moments.add(events.get(id).start()));
        } else {
            moments.add(question.showAfter());
        }
        return moments;
    }

    private static LocalDateTime earliest(Event event) {
        LocalDateTime start = event.start();
        return switch (event.certainty()) {
            case EXACT -> start;
            case DAY -> start.toLocalDate().atStartOfDay();
            case MONTH -> start.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case APPROXIMATE -> start.minusDays(7);
        };
    }

    private static LocalDateTime latest(Event event) {
        LocalDateTime start = event.start();
        return switch (event.certainty()) {
            case EXACT -> start.plusMinutes(1);
            case DAY -> start.toLocalDate().plusDays(1).atStartOfDay();
            case MONTH -> start.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            case APPROXIMATE -> start.plusDays(7);
        };
    }
}
