package org.timeatlas.atlas;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened (a fact) or that someone asserted (a claim, naming its claimant).
 * {@code end}, {@code location}, {@code claimant} and {@code finding} may be null.
 */
public record Event(String id, LocalDateTime start, boolean startHasTime, LocalDateTime end,
                    Certainty certainty, EventType type, int importance, GeoPoint location,
                    List<String> territoryIds, boolean claim, LocalizedText claimant, LocalizedText finding,
                    LocalizedText title, LocalizedText summary, List<Source> sources, List<String> tags) {

    /** Tag of events drawn on the air-strike layer. */
    public static final String AIR_STRIKE = "air-strike";

    public Event {
        territoryIds = List.copyOf(territoryIds);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }

    /** An event without tags. */
    public Event(String id, LocalDateTime start, boolean startHasTime, LocalDateTime end, Certainty certainty,
                 EventType type, int importance, GeoPoint location, List<String> territoryIds, boolean claim,
                 LocalizedText claimant, LocalizedText finding, LocalizedText title, LocalizedText summary,
                 List<Source> sources) {
        this(id, start, startHasTime, end, certainty, type, importance, location, territoryIds, claim, claimant,
                finding, title, summary, sources, List.of());
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    public Optional<GeoPoint> place() {
        return Optional.ofNullable(location);
    }

    /**
     * Whether this event certainly began before {@code other}: the interval its start lies in at its certainty
     * ({@link Certainty#earliest}…{@link Certainty#latest}) ends no later than the other's begins.
     */
    public boolean surelyBefore(Event other) {
        return !certainty.latest(start).isAfter(other.certainty.earliest(other.start));
    }

    /** The moment the event stops being current: its end, or its start for a single moment. */
    public LocalDateTime lastMoment() {
        return end == null ? start : end;
    }
}
