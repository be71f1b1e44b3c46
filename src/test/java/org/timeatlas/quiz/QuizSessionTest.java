package org.timeatlas.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.DateAnswer;
import org.timeatlas.atlas.IslandsWithExtras;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.atlas.Question;

/** The quiz model on the islands atlas's four questions (one of each kind) and a few made here. */
class QuizSessionTest {

    @TempDir
    static Path temp;
    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = IslandsWithExtras.load(temp);
    }

    private static Question question(String id) {
        return atlas.question(id).orElseThrow();
    }

    @Test
    void aChoiceIsRightOnlyAtItsIndex() {
        assertTrue(QuizSession.isRight(question("q-who-fired"), new Response.Choice(0)));
        assertFalse(QuizSession.isRight(question("q-who-fired"), new Response.Choice(1)));
    }

    @Test
    void anyListedTerritoryIsARightClick() {
        assertTrue(QuizSession.isRight(question("q-west-isle-war"), new Response.Territory("west-isle")));
        assertFalse(QuizSession.isRight(question("q-west-isle-war"), new Response.Territory("east-isle")));
    }

    @Test
    void aDateIsJudgedByCalendarDayWithinTheTolerance() {
        Question landing = question("q-landing-date"); // 2000-06-05T04:30, tolerance 1 day
        assertTrue(QuizSession.isRight(landing, new Response.Date(LocalDateTime.of(2000, 6, 5, 23, 59))));
        assertTrue(QuizSession.isRight(landing, new Response.Date(LocalDateTime.of(2000, 6, 4, 0, 0))));
        assertTrue(QuizSession.isRight(landing, new Response.Date(LocalDateTime.of(2000, 6, 6, 23, 59))));
        assertFalse(QuizSession.isRight(landing, new Response.Date(LocalDateTime.of(2000, 6, 3, 23, 59))));
        assertFalse(QuizSession.isRight(landing, new Response.Date(LocalDateTime.of(2000, 6, 7, 0, 0))));
        Question exact = withAnswer(landing, new DateAnswer(LocalDateTime.of(2000, 6, 5, 4, 30), true, 0,
                "2000-06-05-landing"));
        assertTrue(QuizSession.isRight(exact, new Response.Date(LocalDateTime.of(2000, 6, 5, 0, 0))),
                "with no tolerance, any time on the day");
        assertFalse(QuizSession.isRight(exact, new Response.Date(LocalDateTime.of(2000, 6, 4, 23, 59))));
    }

    @Test
    void anOrderIsRightOnlyWhenEveryEventIsInPlace() {
        Question order = question("q-order-war");
        assertTrue(QuizSession.isRight(order, new Response.Order(List.of("2000-03-01-treaty", "2000-06-05-landing",
                "2000-06-08-ceasefire"))));
        assertFalse(QuizSession.isRight(order, new Response.Order(List.of("2000-03-01-treaty", "2000-06-08-ceasefire",
                "2000-06-05-landing"))));
        assertFalse(QuizSession.isRight(order, new Response.Order(List.of("2000-03-01-treaty", "2000-06-05-landing"))));
    }

    @Test
    void aResponseOfAnotherKindIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> QuizSession.isRight(question("q-order-war"), new Response.Choice(0)));
    }

    @Test
    void theSessionAsksEachQuestionOnceAndMovesOnWhenTold() {
        QuizSession session = new QuizSession(atlas.questions());
        assertEquals(4, session.size());
        assertEquals("q-landing-date", session.current().orElseThrow().id());
        assertTrue(session.currentVerdict().isEmpty());
        Verdict verdict = session.answer(new Response.Date(LocalDateTime.of(2000, 6, 1, 12, 0)));
        assertFalse(verdict.right());
        assertEquals(Optional.of(-4L), verdict.daysOff(), "4 days too early");
        assertEquals(verdict, session.currentVerdict().orElseThrow());
        assertThrows(IllegalStateException.class, () -> session.answer(new Response.Date(LocalDateTime.of(2000, 6, 5, 0, 0))));
        assertEquals(0, session.position(), "the session stays on an answered question until next()");
        session.next();
        session.answer(new Response.Choice(0));
        session.next();
        session.next(); // the territory question is skipped
        session.answer(new Response.Order(List.of("2000-06-05-landing", "2000-03-01-treaty", "2000-06-08-ceasefire")));
        session.next();
        assertTrue(session.finished());
        assertTrue(session.current().isEmpty());
        assertThrows(IllegalStateException.class, () -> session.answer(new Response.Choice(0)));
        session.next();
        assertEquals(4, session.position());
        assertEquals(new Score(1, 3), session.score());
        assertEquals(33, session.score().percent());
    }

    @Test
    void scoresArePerEraAndPerTourAndTheMistakesCanBeReviewed() {
        QuizSession session = new QuizSession(atlas.questions());
        session.answer(new Response.Date(LocalDateTime.of(2000, 6, 5, 8, 0))); // right; era strait-war, tour strait-war
        session.next();
        session.answer(new Response.Choice(1)); // wrong; era strait-war
        session.next();
        session.answer(new Response.Territory("east-isle")); // wrong; era strait-war
        session.next();
        session.answer(new Response.Order(List.of("2000-03-01-treaty", "2000-06-05-landing", "2000-06-08-ceasefire")));
        assertEquals(Map.of("strait-war", new Score(1, 3)), session.scoreByEra());
        assertEquals(Map.of("strait-war", new Score(2, 2)), session.scoreByTour());
        assertEquals(List.of("q-who-fired", "q-west-isle-war"),
                session.mistakes().stream().map(v -> v.question().id()).toList());
        QuizSession review = session.reviewMistakes();
        assertEquals(List.of("q-who-fired", "q-west-isle-war"), review.questions().stream().map(Question::id).toList());
        assertEquals(Score.NONE, review.score());
        QuizResult result = session.result();
        assertEquals(new QuizResult(new Score(2, 4), 4, Map.of("strait-war", new Score(1, 3)),
                Map.of("strait-war", new Score(2, 2)), List.of("q-who-fired", "q-west-isle-war")), result);
    }

    @Test
    void aTourSessionCountsTheStepsQuestionsForTheTour() {
        List<Question> questions = QuizSession.questionsOf(atlas, atlas.tour("strait-war").orElseThrow());
        assertEquals(List.of("q-landing-date", "q-who-fired", "q-west-isle-war", "q-order-war"),
                questions.stream().map(Question::id).toList(), "in the order the steps ask them");
        QuizSession session = new QuizSession(questions, "strait-war");
        session.next();
        session.answer(new Response.Choice(0));
        assertEquals(Map.of("strait-war", new Score(1, 1)), session.scoreByTour());
    }

    @Test
    void theEventsToOrderAreNeverShownInTheRightOrder() {
        OrderAnswer answer = new OrderAnswer(List.of("a", "b", "c"));
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            List<String> shown = QuizSession.shownOrder(answer, random);
            assertNotEquals(answer.eventIds(), shown);
            assertEquals(List.of("a", "b", "c"), shown.stream().sorted().toList());
        }
    }

    @Test
    void aQuestionTwiceInOneSessionIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new QuizSession(List.of(question("q-order-war"), question("q-order-war"))));
    }

    private static Question withAnswer(Question q, DateAnswer answer) {
        return new Question(q.id(), q.question(), answer, q.moment(), q.explanation(), q.sources(), q.showAfter(),
                q.eraId(), q.tourId(), q.generated());
    }
}
