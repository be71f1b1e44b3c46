package org.timeatlas.atlas;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole atlas, immutable. Lists keep the order of the files; events are sorted by start. {@code extras} holds the
 * optional tours, quiz questions and lenses ({@link AtlasExtras#NONE} when the atlas has none).
 */
public record Atlas(AtlasInfo info, List<Status> statuses, List<Territory> territories, List<Event> events,
                    List<Era> eras, List<Place> places, List<BaseFeature> base, List<Source> sources,
                    List<GlossaryTerm> glossary, List<Side> sides, List<Movement> movements, List<DayCard> dayCards,
                    AtlasExtras extras) {

    public Atlas {
        java.util.Objects.requireNonNull(extras, "extras");
        glossary = List.copyOf(glossary);
        sides = List.copyOf(sides);
        movements = List.copyOf(movements);
        dayCards = List.copyOf(dayCards);
        statuses = List.copyOf(statuses);
        territories = List.copyOf(territories);
        events = List.copyOf(events);
        eras = List.copyOf(eras);
        places = List.copyOf(places);
        base = List.copyOf(base);
        sources = List.copyOf(sources);
    }

    /** An atlas without tours, quiz or lenses. */
    public Atlas(AtlasInfo info, List<Status> statuses, List<Territory> territories, List<Event> events,
                 List<Era> eras, List<Place> places, List<BaseFeature> base, List<Source> sources,
                 List<GlossaryTerm> glossary, List<Side> sides, List<Movement> movements, List<DayCard> dayCards) {
        this(info, statuses, territories, events, eras, places, base, sources, glossary, sides, movements, dayCards,
                AtlasExtras.NONE);
    }

    /** An atlas with no glossary, movements or day cards. */
    public Atlas(AtlasInfo info, List<Status> statuses, List<Territory> territories, List<Event> events,
                 List<Era> eras, List<Place> places, List<BaseFeature> base, List<Source> sources) {
        this(info, statuses, territories, events, eras, places, base, sources, List.of(), List.of(), List.of(), List.of());
    }

    /** The same atlas with {@code extras} instead of its own. */
    public Atlas withExtras(AtlasExtras extras) {
        return new Atlas(info, statuses, territories, events, eras, places, base, sources, glossary, sides, movements,
                dayCards, extras);
    }

    /** The guided tours, in file-name order. */
    public List<Tour> tours() {
        return extras.tours();
    }

    /** The authored quiz questions, in the order of quiz.json. */
    public List<Question> questions() {
        return extras.questions();
    }

    /** The lenses besides control on the ground, in the order of lenses.json. */
    public List<Lens> lenses() {
        return extras.lenses();
    }

    public Optional<Tour> tour(String id) {
        return tours().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Lens> lens(String id) {
        return lenses().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<DayCard> dayCard(java.time.LocalDate date) {
        return dayCards.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    public Map<String, Status> statusesById() {
        return statuses.stream().collect(Collectors.toUnmodifiableMap(Status::id, Function.identity()));
    }

    public Optional<Territory> territory(String id) {
        return territories.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
