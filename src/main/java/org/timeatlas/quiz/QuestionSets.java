package org.timeatlas.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.Tour;
import org.timeatlas.time.StateIndex;

/**
 * The question sets an atlas offers: all its authored questions, those of each era and each tour that has any,
 * a set of generated questions, and the mistakes to review. Generated questions come from one pool made with a
 * fixed seed, so a generated question answered wrongly is found again by its id in a later session.
 */
public final class QuestionSets {

    /** How many generated questions one session asks. */
    public static final int GENERATED_PER_SESSION = 10;
    static final int POOL_SIZE = 120;
    private static final long POOL_SEED = 20080807L;

    private final Atlas atlas;
    private final StateIndex index;
    private List<Question> pool;

    /** @param index the state index of {@code atlas} */
    public QuestionSets(Atlas atlas, StateIndex index) {
        this.atlas = atlas;
        this.index = index;
    }

    /** The generated questions the sets draw from (made on first use; the same for the same atlas). */
    public List<Question> generatedPool() {
        if (pool == null) {
            pool = new QuestionGenerator(atlas, index).generate(POOL_SIZE, new Random(POOL_SEED));
        }
        return pool;
    }

    /** Every question a remembered answer can be about: the authored ones, then the generated pool. */
    public List<Question> known() {
        Map<String, Question> byId = new LinkedHashMap<>();
        atlas.questions().forEach(q -> byId.putIfAbsent(q.id(), q));
        generatedPool().forEach(q -> byId.putIfAbsent(q.id(), q));
        return List.copyOf(byId.values());
    }

    /**
     * The sets offered now, in this order: all authored questions, each era's, each tour's, generated ones (those
     * not yet answered rightly first, drawn with {@code random}), and the mistakes of {@code history} when there
     * are any. Sets without questions are left out.
     */
    public List<QuestionSet> offered(QuizHistory history, Random random) {
        List<QuestionSet> sets = new ArrayList<>();
        if (!atlas.questions().isEmpty()) {
            sets.add(new QuestionSet(QuestionSet.Kind.ALL, null, null, atlas.questions()));
        }
        for (Era era : atlas.eras()) {
            List<Question> ofEra = atlas.questions().stream().filter(q -> era.id().equals(q.eraId())).toList();
            if (!ofEra.isEmpty()) {
                sets.add(new QuestionSet(QuestionSet.Kind.ERA, era.id(), era.name(), ofEra));
            }
        }
        for (Tour tour : atlas.tours()) {
            tourSet(tour).ifPresent(sets::add);
        }
        generated(history, random).ifPresent(sets::add);
        mistakes(history).ifPresent(sets::add);
        return List.copyOf(sets);
    }

    /** The questions of {@code tour} (see {@link QuizSession#questionsOf}), if it has any. */
    public Optional<QuestionSet> tourSet(Tour tour) {
        List<Question> questions = QuizSession.questionsOf(atlas, tour);
        return questions.isEmpty() ? Optional.empty()
                : Optional.of(new QuestionSet(QuestionSet.Kind.TOUR, tour.id(), tour.title(), questions));
    }

    /**
     * {@value #GENERATED_PER_SESSION} generated questions: first those never answered, then those answered wrongly,
     * then the rest, each group shuffled with {@code random}.
     */
    public Optional<QuestionSet> generated(QuizHistory history, Random random) {
        List<Question> candidates = new ArrayList<>(generatedPool());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Collections.shuffle(candidates, random);
        candidates.sort(Comparator.comparingInt(q -> history.last(q.id()).map(a -> a.right() ? 2 : 1).orElse(0)));
        return Optional.of(new QuestionSet(QuestionSet.Kind.GENERATED, null, null,
                candidates.subList(0, Math.min(GENERATED_PER_SESSION, candidates.size()))));
    }

    /** The questions whose latest answer in {@code history} was wrong, authored ones first, if there are any. */
    public Optional<QuestionSet> mistakes(QuizHistory history) {
        List<Question> wrong = history.mistakes(known());
        return wrong.isEmpty() ? Optional.empty() : Optional.of(new QuestionSet(QuestionSet.Kind.MISTAKES, null, null, wrong));
    }
}
