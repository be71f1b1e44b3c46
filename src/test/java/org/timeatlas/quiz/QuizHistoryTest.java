package org.timeatlas.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.IslandsWithExtras;
import org.timeatlas.atlas.Question;
import org.timeatlas.settings.Settings;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.StateIndex;

/** The remembered answers: latest answer wins, scores per group, mistakes, and the sets offered from them. */
class QuizHistoryTest {

    @TempDir
    static Path temp;
    private static Atlas islands;
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    @BeforeAll
    static void load() {
        islands = IslandsWithExtras.load(temp);
    }

    private static Question question(String id) {
        return islands.question(id).orElseThrow();
    }

    private static Verdict verdict(String id, boolean right) {
        return new Verdict(question(id), new Response.Choice(0), right);
    }

    @Test
    void theLatestAnswerCountsSoAMistakeAnsweredRightlyLaterIsNoLongerOne() {
        QuizHistory history = QuizHistory.EMPTY.with(verdict("q-who-fired", false), MONDAY)
                .with(verdict("q-landing-date", false), MONDAY);
        assertEquals(List.of(question("q-landing-date"), question("q-who-fired")),
                history.mistakes(islands.questions()), "in the order given");
        QuizHistory later = history.with(verdict("q-who-fired", true), MONDAY.plusSeconds(60));
        assertEquals(List.of(question("q-landing-date")), later.mistakes(islands.questions()));
        assertEquals(MONDAY.plusSeconds(60), later.last("q-who-fired").orElseThrow().at());
        assertEquals(new Score(1, 2), later.scoreOf(islands.questions()));
        assertTrue(later.last("q-order-war").isEmpty());
    }

    @Test
    void scoresPerGroupCountOnlyGroupsWithAnAnsweredQuestion() {
        QuizHistory history = QuizHistory.EMPTY.with(verdict("q-who-fired", true), MONDAY)
                .with(verdict("q-landing-date", false), MONDAY);
        // q-who-fired, q-landing-date and q-west-isle-war are of the era strait-war; q-order-war names none
        assertEquals(Map.of("strait-war", new Score(1, 2)), history.scoreBy(islands.questions(), Question::eraId));
        assertEquals(Map.of("strait-war", new Score(0, 1)), history.scoreBy(islands.questions(), Question::tourId),
                "only q-landing-date names the tour and was answered");
        assertEquals(Map.of(), QuizHistory.EMPTY.scoreBy(islands.questions(), Question::eraId));
    }

    @Test
    void theHistoryIsWrittenAndReadBackAsASettingsSection() {
        Question generated = new QuestionSets(islands, new StateIndex(islands)).generatedPool().get(0);
        QuizHistory history = QuizHistory.EMPTY.with(verdict("q-who-fired", true), MONDAY)
                .with(new Verdict(generated, new Response.Choice(0), false), MONDAY.plusSeconds(5));
        Settings settings = Settings.defaults().withSection("quiz", history);
        assertEquals(history, settings.section("quiz", QuizHistory.class).orElseThrow());
    }

    @Test
    void theSetsOfferedAreAllEachErasEachToursGeneratedAndTheMistakes() {
        QuestionSets sets = new QuestionSets(islands, new StateIndex(islands));
        List<QuestionSet> offered = sets.offered(QuizHistory.EMPTY, new Random(1));
        assertEquals(List.of(QuestionSet.Kind.ALL, QuestionSet.Kind.ERA, QuestionSet.Kind.TOUR,
                QuestionSet.Kind.GENERATED), offered.stream().map(QuestionSet::kind).toList());
        assertEquals(4, offered.get(0).questions().size());
        assertEquals("strait-war", offered.get(2).tourId());
        assertTrue(offered.get(3).questions().stream().allMatch(Question::generated));

        Question generated = offered.get(3).questions().get(0);
        QuizHistory history = QuizHistory.EMPTY.with(new Verdict(generated, new Response.Choice(0), false), MONDAY)
                .with(verdict("q-order-war", false), MONDAY);
        QuestionSet mistakes = sets.offered(history, new Random(1)).stream()
                .filter(s -> s.kind() == QuestionSet.Kind.MISTAKES).findFirst().orElseThrow();
        assertEquals(List.of("q-order-war", generated.id()), mistakes.questions().stream().map(Question::id).toList(),
                "a generated mistake is found again by its id in a later session");
    }

    @Test
    void generatedSetsAskFirstWhatWasNeverAnsweredAndNeverWhatWasRightWhileOthersRemain() {
        QuestionSets sets = new QuestionSets(TestAtlases.embedded(), new StateIndex(TestAtlases.embedded()));
        List<Question> pool = sets.generatedPool();
        assertTrue(pool.size() > QuestionSets.GENERATED_PER_SESSION * 2, pool.size() + " generated questions");
        QuizHistory history = QuizHistory.EMPTY;
        for (Question question : pool.subList(0, pool.size() - QuestionSets.GENERATED_PER_SESSION)) {
            history = history.with(new Verdict(question, new Response.Choice(0), true), MONDAY);
        }
        QuestionSet next = sets.generated(history, new Random(3)).orElseThrow();
        assertEquals(pool.subList(pool.size() - QuestionSets.GENERATED_PER_SESSION, pool.size()).stream()
                .map(Question::id).sorted().toList(), next.questions().stream().map(Question::id).sorted().toList());
    }
}
