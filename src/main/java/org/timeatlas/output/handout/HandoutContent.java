package org.timeatlas.output.handout;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Credit;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryIndex;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.i18n.Messages;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;

/** Puts together what a handout says (see {@link Handout}) from an atlas, for a moment or for a tour. */
public final class HandoutContent {

    /** The events "around" a moment are those the explorer lists there: this share of the timeline's width back. */
    private static final double WINDOW_AXIS_FRACTION = 0.025;
    private static final Duration MIN_WINDOW = Duration.ofDays(1);
    private static final Duration MAX_WINDOW = Duration.ofDays(183);
    /** A page of events a reader can take in; the rest are counted in a closing line. */
    private static final int MAX_EVENTS = 40;

    private final Atlas atlas;
    private final StateIndex index;
    private final Messages messages;
    private final String language;
    private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();

    private HandoutContent(Atlas atlas, StateIndex index, String language) {
        this.atlas = atlas;
        this.index = index;
        this.language = language;
        this.messages = new Messages(language);
    }

    /**
     * The handout for {@code moment}: the events the explorer lists around it that {@code shown} keeps (its
     * filters), most recent last.
     */
    public static Handout forMoment(Atlas atlas, StateIndex index, LocalDateTime moment, String language,
                                    Predicate<Event> shown) {
        HandoutContent content = new HandoutContent(atlas, index, language);
        TimeAxis axis = new TimeAxis(atlas.info().axis());
        List<Event> events = index.eventsAround(moment, window(axis, moment)).stream().filter(shown).toList();
        List<Handout.Item> items = new ArrayList<>();
        for (Event event : events.subList(Math.max(0, events.size() - MAX_EVENTS), events.size())) {
            items.add(content.item(event));
        }
        if (events.size() > MAX_EVENTS) {
            items.add(0, new Handout.Item("", content.messages.get("handout.events.more", events.size() - MAX_EVENTS),
                    "", "", null, List.of()));
        }
        if (items.isEmpty()) {
            items.add(new Handout.Item("", content.messages.get("handout.events.none"), "", "", null, List.of()));
        }
        return content.handout(moment, content.messages.moment(moment, moment.toLocalTime().getHour() != 0
                || moment.toLocalTime().getMinute() != 0), content.messages.get("handout.events"), items,
                events.stream().map(e -> e.title().get(language) + "\n" + e.summary().get(language)).toList());
    }

    /**
     * The handout for {@code tour}: the map at the moment of step {@code step} (0-based), then every step with its
     * caption and the events it highlights.
     *
     * @throws IndexOutOfBoundsException if the tour has no step {@code step}
     */
    public static Handout forTour(Atlas atlas, StateIndex index, Tour tour, int step, String language) {
        HandoutContent content = new HandoutContent(atlas, index, language);
        LocalDateTime moment = tour.steps().get(step).moment();
        List<Handout.Item> items = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int number = 1;
        for (TourStep each : tour.steps()) {
            List<Integer> sources = new ArrayList<>();
            each.sources().forEach(source -> sources.add(content.number(source)));
            StringBuilder text = new StringBuilder(each.caption().get(language));
            for (String eventId : each.highlight().eventIds()) {
                atlas.event(eventId).ifPresent(event -> {
                    text.append("\n• ").append(content.when(event)).append(": ").append(event.title().get(language));
                    event.sources().forEach(source -> sources.add(content.number(source)));
                });
            }
            items.add(new Handout.Item(content.messages.moment(each.moment(), each.momentHasTime()),
                    content.messages.get("handout.step", number++, tour.steps().size()), text.toString(), "", null,
                    sources.stream().distinct().sorted().toList()));
            texts.add(text.toString());
        }
        return content.handout(moment, tour.title().get(language), content.messages.get("handout.steps"), items, texts);
    }

    /** How far back from {@code moment} the explorer's event list reaches. */
    static Duration window(TimeAxis axis, LocalDateTime moment) {
        Duration window = axis.durationOfWidth(moment, WINDOW_AXIS_FRACTION);
        if (window.compareTo(MIN_WINDOW) < 0) {
            return MIN_WINDOW;
        }
        return window.compareTo(MAX_WINDOW) > 0 ? MAX_WINDOW : window;
    }

    private Handout handout(LocalDateTime moment, String subtitle, String itemsHeading, List<Handout.Item> items,
                            List<String> texts) {
        List<Handout.TerritoryLine> territories = new ArrayList<>();
        Set<String> statusesShown = new LinkedHashSet<>();
        Map<String, Status> statuses = atlas.statusesById();
        for (Territory territory : atlas.territories()) {
            StatusSpan span = index.spanAt(territory.id(), moment).orElse(null);
            if (span == null) {
                continue;
            }
            statusesShown.add(span.statusId());
            if (territory.kind() != TerritoryKind.TERRITORY) {
                continue;
            }
            Status status = statuses.get(span.statusId());
            territories.add(new Handout.TerritoryLine(territory.name().get(language),
                    status == null ? span.statusId() : status.label().get(language),
                    span.authority() == null ? "" : span.authority().get(language)));
        }
        List<Status> legend = atlas.statuses().stream().filter(s -> statusesShown.contains(s.id())).toList();
        GlossaryIndex glossary = new GlossaryIndex(atlas.glossary());
        Set<GlossaryTerm> used = new LinkedHashSet<>();
        texts.forEach(text -> used.addAll(glossary.termsIn(text, language)));
        List<Handout.Term> terms = used.stream()
                .map(t -> new Handout.Term(t.term().get(language), t.definition().get(language))).toList();
        List<String> credits = new ArrayList<>();
        for (Credit credit : atlas.info().credits()) {
            String what = credit.what() == null ? "" : credit.what().get(language);
            credits.add(credit.name() + (what.isBlank() ? "" : " — " + what)
                    + (credit.licence() == null ? "" : " (" + credit.licence() + ")")
                    + (credit.url() == null ? "" : " " + credit.url()));
        }
        return new Handout(language, moment, atlas.info().title().get(language), subtitle, itemsHeading, items,
                List.copyOf(sourceNumbers.keySet()), territories, legend, terms, credits);
    }

    private Handout.Item item(Event event) {
        List<Integer> sources = event.sources().stream().map(this::number).distinct().toList();
        String attribution = event.claim()
                ? messages.get("handout.claim", event.claimant() == null ? "?" : event.claimant().get(language))
                : messages.get("handout.fact");
        String finding = event.finding() == null ? null : messages.get("handout.finding", event.finding().get(language));
        return new Handout.Item(when(event), event.title().get(language), event.summary().get(language), attribution,
                finding, sources);
    }

    /** The event's date at its certainty, and its end when it has one. */
    private String when(Event event) {
        String start = switch (event.certainty()) {
            case EXACT -> messages.moment(event.start(), event.startHasTime());
            case DAY -> messages.date(event.start().toLocalDate());
            case MONTH -> messages.month(event.start().toLocalDate());
            case APPROXIMATE -> messages.get("event.approximately", messages.date(event.start().toLocalDate()));
        };
        if (event.end() == null) {
            return start;
        }
        // ends are exclusive: a date-only end is shown as the last day the event covers
        LocalDateTime end = event.end();
        if (!end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) || event.startHasTime()) {
            return start + " – " + messages.moment(end, true);
        }
        java.time.LocalDate lastDay = end.toLocalDate().minusDays(1);
        if (!lastDay.isAfter(event.start().toLocalDate())) {
            return start;
        }
        return start + " – " + (event.certainty() == Certainty.MONTH ? messages.month(lastDay) : messages.date(lastDay));
    }

    private int number(Source source) {
        return sourceNumbers.computeIfAbsent(citation(source), c -> sourceNumbers.size() + 1);
    }

    private static String citation(Source source) {
        return source.citation() + (source.url() == null ? "" : " " + source.url());
    }
}
