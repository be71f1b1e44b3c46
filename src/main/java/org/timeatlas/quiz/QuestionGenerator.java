package org.timeatlas.quiz;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.ChoiceAnswer;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.OrderAnswer;
import org.timeatlas.atlas.Question;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryAnswer;
import org.timeatlas.atlas.TerritoryKind;
import org.timeatlas.time.StateIndex;

/**
 * Makes self-check questions from the atlas's own data, each marked {@link Question#generated()} and carrying the
 * sources of the events or status spans it rests on, so none can contradict the atlas:
 * <ul>
 *   <li>{@link #order}: "put these events in order", 3–4 facts of one era whose dates cannot overlap at their
 *       certainty;</li>
 *   <li>{@link #whoHeld}: a choice, "who controlled X on D?", with legend labels as options and the status X had
 *       all through day D as the one right option;</li>
 *   <li>{@link #clickHeldBy}: a territory question, "which area was under S on D?", where every territory with
 *       status S all through day D is a right answer.</li>
 * </ul>
 * Ids say what a question is about, so results stored by id stay meaningful: {@code generated-order-<hash of the
 * event ids>}, {@code generated-who-held-<territory id>-<yyyymmdd>}, {@code generated-click-<status id>-<yyyymmdd>}.
 * The same seed gives the same questions, with the same ids, for the same atlas. Pure: no JavaFX.
 */
public final class QuestionGenerator {

    /** Every generated question's id starts with this. */
    public static final String ID_PREFIX = "generated-";
    private static final int ATTEMPTS = 60;
    private static final int WRONG_CHOICES = 3;

    private final Atlas atlas;
    private final StateIndex index;
    private final GeneratedWording wording;
    private final List<Territory> territories;
    private final List<Status> legend;

    /** @param index the state index of {@code atlas} */
    public QuestionGenerator(Atlas atlas, StateIndex index) {
        this.atlas = atlas;
        this.index = index;
        this.wording = new GeneratedWording(atlas.info().languages());
        this.territories = atlas.territories().stream().filter(t -> t.kind() == TerritoryKind.TERRITORY).toList();
        this.legend = atlas.statuses().stream().filter(s -> !s.overlay()).toList();
    }

    /**
     * Up to {@code count} different questions, of the three kinds in turn, about the whole atlas span; fewer when
     * the atlas cannot give that many.
     */
    public List<Question> generate(int count, Random random) {
        return generate(count, random, null);
    }

    /** As {@link #generate(int, Random)}, about moments inside {@code era} only (null: the whole span). */
    public List<Question> generate(int count, Random random, Era era) {
        Map<String, Question> questions = new LinkedHashMap<>();
        int misses = 0;
        for (int turn = 0; questions.size() < count && misses < ATTEMPTS * 3; turn++) {
            Optional<Question> question = switch (turn % 3) {
                case 0 -> order(random, era);
                case 1 -> whoHeld(random, era);
                default -> clickHeldBy(random, era);
            };
            if (question.isPresent() && questions.putIfAbsent(question.get().id(), question.get()) == null) {
                misses = 0;
            } else {
                misses++;
            }
        }
        return List.copyOf(questions.values());
    }

    /**
     * "Put these events in order": 4 events (3 when no 4 fit) of one era, {@code era} or else one chosen at random
     * (the whole span when no era has enough), facts rather than claims, of importance 2 or more (any importance
     * when too few), every two of which are told apart by their dates at their certainty
     * ({@link Event#surelyBefore}) and by their titles, listed in the order they began.
     */
    public Optional<Question> order(Random random, Era era) {
        if (era != null) {
            return orderWithin(random, era);
        }
        List<Era> eras = new ArrayList<>(atlas.eras());
        Collections.shuffle(eras, random);
        for (Era chosen : eras) {
            Optional<Question> question = orderWithin(random, chosen);
            if (question.isPresent()) {
                return question;
            }
        }
        return orderWithin(random, null);
    }

    private Optional<Question> orderWithin(Random random, Era era) {
        List<Event> facts = atlas.events().stream().filter(e -> !e.claim() && inside(e.start(), era)).toList();
        List<Event> pool = facts.stream().filter(e -> e.importance() >= 2).toList();
        if (pool.size() < OrderAnswer.MIN_EVENTS * 2) {
            pool = facts;
        }
        if (pool.size() < OrderAnswer.MIN_EVENTS) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Event> chosen = new ArrayList<>();
            List<Event> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, random);
            for (Event candidate : shuffled) {
                if (chosen.stream().allMatch(e -> apart(e, candidate))) {
                    chosen.add(candidate);
                    if (chosen.size() == 4) {
                        break;
                    }
                }
            }
            if (chosen.size() >= OrderAnswer.MIN_EVENTS) {
                chosen.sort(Comparator.comparing(Event::start));
                return Optional.of(orderQuestion(chosen, era));
            }
        }
        return Optional.empty();
    }

    private Question orderQuestion(List<Event> events, Era era) {
        List<String> ids = events.stream().map(Event::id).toList();
        LocalizedText explanation = wording.text("order.explanation", language -> List.of(String.join(
                wording.word("order.join", language), events.stream().map(e -> e.title().get(language) + " ("
                        + wording.start(e.start(), e.certainty(), language) + ")").toList())));
        List<Source> sources = distinct(events.stream().flatMap(e -> e.sources().stream()).toList());
        LocalDateTime last = events.get(events.size() - 1).start();
        String eraId = era != null ? era.id() : eraOf(events.get(0).start(), last);
        return new Question(ID_PREFIX + "order-" + Integer.toHexString(String.join(" ", ids).hashCode()),
                wording.text("order.question", language -> List.of()), new OrderAnswer(ids), null, explanation,
                sources, last, eraId, null, true);
    }

    /**
     * "Who controlled X on D?": a territory X (of kind territory) and a day D inside {@code era} (null: anywhere)
     * during all of which X kept one status, which did not begin at D's first minute; the options are that
     * status's legend label and up to three other labels, those X had at other times first, in random order.
     */
    public Optional<Question> whoHeld(Random random, Era era) {
        if (territories.isEmpty() || legend.size() < ChoiceAnswer.MIN_CHOICES) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Territory territory = territories.get(random.nextInt(territories.size()));
            Optional<LocalDateTime> day = randomDay(random, era);
            if (day.isEmpty()) {
                return Optional.empty();
            }
            StatusSpan span = heldAllDay(territory.id(), day.get()).orElse(null);
            if (span == null) {
                continue;
            }
            Status right = atlas.statusesById().get(span.statusId());
            List<Status> wrong = distractors(territory, right, random);
            if (wrong.isEmpty()) {
                continue;
            }
            List<Status> options = new ArrayList<>(wrong);
            options.add(right);
            Collections.shuffle(options, random);
            return Optional.of(whoHeldQuestion(territory, day.get(), span, right, options, era));
        }
        return Optional.empty();
    }

    private Question whoHeldQuestion(Territory territory, LocalDateTime day, StatusSpan span, Status right,
                                     List<Status> options, Era era) {
        LocalizedText question = wording.text("held.question",
                language -> List.of(territory.name().get(language), wording.day(day, language)));
        LocalizedText explanation = wording.text("held.explanation", language -> List.of(wording.day(day, language),
                territory.name().get(language), right.label().get(language),
                GeneratedWording.withoutFinalStop(span.authority().get(language))));
        ChoiceAnswer answer = new ChoiceAnswer(options.stream().map(Status::label).toList(), options.indexOf(right));
        return new Question(ID_PREFIX + "who-held-" + territory.id() + "-" + compact(day), question, answer, null,
                explanation, distinct(span.sources()), day, era != null ? era.id() : eraOf(day, day), null, true);
    }

    /**
     * "Which area was under S on D?": a day D inside {@code era} (null: anywhere) on which no territory changed
     * status, and a status S some territories had then; all of them are right answers, and the map shows D while
     * asking. Statuses held by at most half of the territories are preferred.
     */
    public Optional<Question> clickHeldBy(Random random, Era era) {
        if (territories.isEmpty()) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<LocalDateTime> day = randomDay(random, era);
            if (day.isEmpty()) {
                return Optional.empty();
            }
            Map<String, List<Territory>> byStatus = new LinkedHashMap<>();
            List<StatusSpan> spans = new ArrayList<>();
            for (Territory territory : territories) {
                StatusSpan span = heldAllDay(territory.id(), day.get()).orElse(null);
                if (span == null) {
                    byStatus.clear();
                    break;
                }
                spans.add(span);
                byStatus.computeIfAbsent(span.statusId(), s -> new ArrayList<>()).add(territory);
            }
            if (byStatus.isEmpty()) {
                continue;
            }
            List<String> few = byStatus.keySet().stream()
                    .filter(s -> byStatus.get(s).size() * 2 <= territories.size()).toList();
            List<String> candidates = few.isEmpty() ? List.copyOf(byStatus.keySet()) : few;
            String statusId = candidates.get(random.nextInt(candidates.size()));
            return Optional.of(clickQuestion(day.get(), atlas.statusesById().get(statusId), byStatus.get(statusId),
                    spans, era));
        }
        return Optional.empty();
    }

    private Question clickQuestion(LocalDateTime day, Status status, List<Territory> held, List<StatusSpan> spans,
                                   Era era) {
        LocalizedText question = wording.text("click.question",
                language -> List.of(wording.day(day, language), status.label().get(language)));
        LocalizedText explanation = wording.text("click.explanation", language -> List.of(wording.day(day, language),
                String.join(wording.word("click.join", language), held.stream().map(t -> t.name().get(language))
                        .toList()), status.label().get(language)));
        TerritoryAnswer answer = new TerritoryAnswer(held.stream().map(Territory::id).toList(), List.of(status.id()));
        return new Question(ID_PREFIX + "click-" + status.id() + "-" + compact(day), question, answer, day,
                explanation, distinct(spans.stream().flatMap(s -> s.sources().stream()).toList()), day,
                era != null ? era.id() : eraOf(day, day), null, true);
    }

    /** The span {@code territoryId} is in all through {@code day} (a midnight), begun before the day began. */
    private Optional<StatusSpan> heldAllDay(String territoryId, LocalDateTime day) {
        return index.spanAt(territoryId, day).filter(span -> span.from().isBefore(day)
                && !span.to().isBefore(day.plusDays(1)));
    }

    /**
     * Wrong options for "who controlled": other statuses of the legend with labels unlike the right one's in every
     * language, those the territory had at some time first.
     */
    private List<Status> distractors(Territory territory, Status right, Random random) {
        Set<String> had = new LinkedHashSet<>();
        territory.history().forEach(span -> had.add(span.statusId()));
        List<Status> others = new ArrayList<>(legend.stream().filter(s -> !s.id().equals(right.id())).toList());
        Collections.shuffle(others, random);
        others.sort(Comparator.comparing(s -> had.contains(s.id()) ? 0 : 1));
        List<Status> chosen = new ArrayList<>();
        for (Status other : others) {
            List<Status> kept = new ArrayList<>(chosen);
            kept.add(right);
            if (chosen.size() < WRONG_CHOICES && kept.stream().noneMatch(s -> sameLabel(s, other))) {
                chosen.add(other);
            }
        }
        return chosen;
    }

    private boolean sameLabel(Status a, Status b) {
        return atlas.info().languages().stream().anyMatch(l -> a.label().get(l).strip().equals(b.label().get(l).strip()));
    }

    /** Two events a student can put in order: dates apart at their certainty, titles different in every language. */
    private boolean apart(Event a, Event b) {
        return (a.surelyBefore(b) || b.surelyBefore(a)) && atlas.info().languages().stream()
                .noneMatch(l -> a.title().get(l).strip().equals(b.title().get(l).strip()));
    }

    /** A random midnight D with the whole day [D, D + 1 day) inside {@code era} (or the span) and the atlas span. */
    private Optional<LocalDateTime> randomDay(Random random, Era era) {
        LocalDateTime from = atlas.info().start();
        LocalDateTime to = atlas.info().end();
        if (era != null) {
            from = era.from().isAfter(from) ? era.from() : from;
            to = era.to().isBefore(to) ? era.to() : to;
        }
        LocalDateTime first = from.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? from
                : from.toLocalDate().plusDays(1).atStartOfDay();
        long days = ChronoUnit.DAYS.between(first, to.toLocalDate().atStartOfDay());
        return days <= 0 ? Optional.empty() : Optional.of(first.plusDays(random.nextInt((int) Math.min(days, Integer.MAX_VALUE))));
    }

    private static boolean inside(LocalDateTime moment, Era era) {
        return era == null || (!moment.isBefore(era.from()) && moment.isBefore(era.to()));
    }

    /** The first era (in the atlas's order) that holds both moments, or null. */
    private String eraOf(LocalDateTime first, LocalDateTime last) {
        return atlas.eras().stream().filter(e -> inside(first, e) && inside(last, e)).map(Era::id).findFirst()
                .orElse(null);
    }

    private static List<Source> distinct(List<Source> sources) {
        Map<String, Source> byCitation = new LinkedHashMap<>();
        sources.forEach(s -> byCitation.putIfAbsent(s.id() + "\u0000" + s.section(), s));
        return List.copyOf(byCitation.values());
    }

    private static String compact(LocalDateTime day) {
        return day.toLocalDate().toString().replace("-", "");
    }
}
