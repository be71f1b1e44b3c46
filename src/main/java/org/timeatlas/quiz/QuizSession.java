package org.timeatlas.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.timeatlas.atlas.Answer;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.ChoiceAnswer;
import org.timeatlas.atlas.DateAnswer;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.TerritoryAnswer;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;

/**
 * One run through a list of questions: the current question, judging the student's response to it (a choice by
 * index, a territory by id, a date by calendar day within the tolerance, an order exactly), the score overall, per
 * era and per tour, and the mistakes to review. Each question is answered at most once; {@link #next()} moves on,
 * whether it was answered or skipped. Not thread-safe; pure (no JavaFX), so the view only shows it.
 */
public final class QuizSession {

    private final List<Question> questions;
    private final String tourId;
    private final Map<Integer, Verdict> verdicts = new LinkedHashMap<>();
    private int position;

    /** @throws IllegalArgumentException if two questions share an id */
    public QuizSession(List<Question> questions) {
        this(questions, null);
    }

    /**
     * A session played with a tour ({@code tourId}, or null for none): its questions that name no tour of their
     * own count for that tour in {@link #scoreByTour()}.
     *
     * @throws IllegalArgumentException if two questions share an id
     */
    public QuizSession(List<Question> questions, String tourId) {
        this.questions = List.copyOf(questions);
        this.tourId = tourId;
        Set<String> ids = new LinkedHashSet<>();
        for (Question question : this.questions) {
            if (!ids.add(question.id())) {
                throw new IllegalArgumentException("question \"" + question.id() + "\" is in the session twice");
            }
        }
    }

    /**
     * The questions that belong to {@code tour}: those its steps ask, in step order, then the other questions of
     * the atlas that name the tour, in the atlas's order.
     */
    public static List<Question> questionsOf(Atlas atlas, Tour tour) {
        Map<String, Question> chosen = new LinkedHashMap<>();
        for (TourStep step : tour.steps()) {
            step.question().flatMap(atlas::question).ifPresent(q -> chosen.putIfAbsent(q.id(), q));
        }
        atlas.questions().stream().filter(q -> q.tour().filter(tour.id()::equals).isPresent())
                .forEach(q -> chosen.putIfAbsent(q.id(), q));
        return List.copyOf(chosen.values());
    }

    /** Whether {@code response} answers {@code question} rightly. */
    public static boolean isRight(Question question, Response response) {
        Answer answer = question.answer();
        if (answer instanceof ChoiceAnswer choice && response instanceof Response.Choice chosen) {
            return choice.isRight(chosen.index());
        }
        if (answer instanceof TerritoryAnswer territory && response instanceof Response.Territory clicked) {
            return territory.isRight(clicked.territoryId());
        }
        if (answer instanceof DateAnswer date && response instanceof Response.Date set) {
            return date.isRight(set.moment());
        }
        if (answer instanceof OrderAnswer order && response instanceof Response.Order ordered) {
            return order.isRight(ordered.eventIds());
        }
        throw new IllegalArgumentException("a " + response.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
                + " response to the " + question.kind().name().toLowerCase(java.util.Locale.ROOT) + " question \""
                + question.id() + "\"");
    }

    /**
     * The events of an order question in the order to show them: shuffled with {@code random}, and never already in
     * the right order.
     */
    public static List<String> shownOrder(OrderAnswer answer, Random random) {
        List<String> shown = new ArrayList<>(answer.eventIds());
        do {
            Collections.shuffle(shown, random);
        } while (shown.equals(answer.eventIds()) && shown.size() > 1);
        return List.copyOf(shown);
    }

    public List<Question> questions() {
        return questions;
    }

    public int size() {
        return questions.size();
    }

    /** The 0-based place of the current question; {@link #size()} once the session is finished. */
    public int position() {
        return position;
    }

    public boolean finished() {
        return position >= questions.size();
    }

    /** The question being asked; empty once the session is finished. */
    public Optional<Question> current() {
        return finished() ? Optional.empty() : Optional.of(questions.get(position));
    }

    /** The verdict on the current question, once it is answered. */
    public Optional<Verdict> currentVerdict() {
        return Optional.ofNullable(verdicts.get(position));
    }

    /**
     * Judges {@code response} to the current question and records it; the session stays on the question (so the
     * view can show the verdict, explanation and sources) until {@link #next()}.
     *
     * @throws IllegalStateException    if the session is finished or the question was already answered
     * @throws IllegalArgumentException if the response is not of the question's kind
     */
    public Verdict answer(Response response) {
        Question question = current().orElseThrow(() -> new IllegalStateException("the quiz is finished"));
        if (verdicts.containsKey(position)) {
            throw new IllegalStateException("question \"" + question.id() + "\" is already answered");
        }
        Verdict verdict = new Verdict(question, response, isRight(question, response));
        verdicts.put(position, verdict);
        return verdict;
    }

    /** Moves to the next question (an unanswered one counts as skipped: neither right nor a mistake). */
    public void next() {
        if (!finished()) {
            position++;
        }
    }

    /** The verdicts so far, in the order asked. */
    public List<Verdict> verdicts() {
        return List.copyOf(verdicts.values());
    }

    /** The questions answered wrongly, with the wrong responses, in the order asked. */
    public List<Verdict> mistakes() {
        return verdicts.values().stream().filter(v -> !v.right()).toList();
    }

    /** A new session of the questions answered wrongly here, in the same order ("review my mistakes"). */
    public QuizSession reviewMistakes() {
        return new QuizSession(mistakes().stream().map(Verdict::question).toList(), tourId);
    }

    public Score score() {
        Score score = Score.NONE;
        for (Verdict verdict : verdicts.values()) {
            score = score.plus(verdict.right());
        }
        return score;
    }

    /** The score per era id, for the answered questions that name an era. */
    public Map<String, Score> scoreByEra() {
        Map<String, Score> byEra = new LinkedHashMap<>();
        for (Verdict verdict : verdicts.values()) {
            verdict.question().era().ifPresent(era -> byEra.merge(era, Score.NONE.plus(verdict.right()),
                    (a, b) -> new Score(a.right() + b.right(), a.answered() + b.answered())));
        }
        return Collections.unmodifiableMap(byEra);
    }

    /** The score per tour id, for the answered questions that name a tour (or count for the session's tour). */
    public Map<String, Score> scoreByTour() {
        Map<String, Score> byTour = new LinkedHashMap<>();
        for (Verdict verdict : verdicts.values()) {
            verdict.question().tour().or(() -> Optional.ofNullable(tourId)).ifPresent(tour -> byTour.merge(tour, Score.NONE.plus(verdict.right()),
                    (a, b) -> new Score(a.right() + b.right(), a.answered() + b.answered())));
        }
        return Collections.unmodifiableMap(byTour);
    }

    /** What the settings keep of this session. */
    public QuizResult result() {
        return new QuizResult(score(), size(), scoreByEra(), scoreByTour(),
                mistakes().stream().map(v -> v.question().id()).toList());
    }
}
