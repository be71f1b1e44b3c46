package org.timeatlas.atlas;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A whole atlas, immutable. Lists keep the order of the files; events are sorted by start. */
public record Atlas(AtlasInfo info, List<Status> statuses, List<Territory> territories, List<Event> events,
                    List<Era> eras, List<Place> places, List<BaseFeature> base, List<Source> sources,
                    List<GlossaryTerm> glossary, List<Side> sides, List<Movement> movements, List<DayCard> dayCards) {

    public Atlas {
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

    /** An atlas with no glossary, movements or day cards. */
    public Atlas(AtlasInfo info, List<Status> statuses, List<Territory> territories, List<Event> events,
                 List<Era> eras, List<Place> places, List<BaseFeature> base, List<Source> sources) {
        this(info, statuses, territories, events, eras, places, base, sources, List.of(), List.of(), List.of(), List.of());
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
