package org.timeatlas.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.timeatlas.atlas.Question;

/**
 * What the student last answered to each question, by question id: right or wrong, and when. It is what the
 * explorer remembers of the quiz between sessions (a plain record Jackson writes), and where the scores per era
 * and per tour and "review my mistakes" come from: a question counts by its latest answer only, so a mistake
 * answered rightly later is no longer one.
 *
 * @param answers the latest answer per question id (sorted by id; never null)
 */
public record QuizHistory(Map<String, LastAnswer> answers) {

    /** Nothing answered yet. */
    public static final QuizHistory EMPTY = new QuizHistory(Map.of());

    /**
     * The latest answer to one question.
     *
     * @param right whether it was right
     * @param at    when it was given (UTC)
     */
    public record LastAnswer(boolean right, Instant at) {
    }

    public QuizHistory {
        answers = Collections.unmodifiableMap(new TreeMap<>(answers == null ? Map.of() : answers));
    }

    /** A copy with {@code verdict} as the latest answer to its question, given at {@code at}. */
    public QuizHistory with(Verdict verdict, Instant at) {
        Map<String, LastAnswer> changed = new TreeMap<>(answers);
        changed.put(verdict.question().id(), new LastAnswer(verdict.right(), at));
        return new QuizHistory(changed);
    }

    /** The latest answer to the question {@code questionId}, if it was ever answered. */
    public Optional<LastAnswer> last(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    /** The score over those of {@code questions} that were answered, each by its latest answer. */
    public Score scoreOf(Collection<Question> questions) {
        Score score = Score.NONE;
        for (Question question : questions) {
            LastAnswer answer = answers.get(question.id());
            if (answer != null) {
                score = score.plus(answer.right());
            }
        }
        return score;
    }

    /**
     * The score per group of {@code questions}: {@code groupOf} names a question's group (an era id, a tour id) or
     * gives null for none. Groups in the order first met; only groups with an answered question.
     */
    public Map<String, Score> scoreBy(Collection<Question> questions, Function<Question, String> groupOf) {
        Map<String, List<Question>> groups = new LinkedHashMap<>();
        for (Question question : questions) {
            String group = groupOf.apply(question);
            if (group != null) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(question);
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        groups.forEach((group, members) -> {
            Score score = scoreOf(members);
            if (score.answered() > 0) {
                scores.put(group, score);
            }
        });
        return Collections.unmodifiableMap(scores);
    }

    /** Those of {@code questions} whose latest answer was wrong, in the order given ("review my mistakes"). */
    public List<Question> mistakes(Collection<Question> questions) {
        return questions.stream().filter(q -> last(q.id()).filter(a -> !a.right()).isPresent()).toList();
    }
}
