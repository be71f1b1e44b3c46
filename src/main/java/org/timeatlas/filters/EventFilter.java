package org.timeatlas.filters;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.EventType;

/**
 * Which events the user chose to see: by type, by least importance (1 shows all, 3 only turning points), facts
 * and claims each on or off, and claims of some claimants hidden (by the claimant's English name, as the atlas
 * writes it). Events carry no side of their own: a claim's side is whoever made it. Immutable; the default
 * shows every event. Remembered as it is (a record Jackson writes).
 *
 * @param hiddenTypes      the event types not shown
 * @param minImportance    1–3: events of lower importance are not shown
 * @param facts            whether documented facts are shown
 * @param claims           whether attributed claims are shown
 * @param hiddenClaimants  claimants (English names) whose claims are not shown
 */
public record EventFilter(Set<EventType> hiddenTypes, int minImportance, boolean facts, boolean claims,
                          Set<String> hiddenClaimants) implements Predicate<Event> {

    /** Every event shown. */
    public static final EventFilter ALL = new EventFilter(Set.of(), 1, true, true, Set.of());

    public EventFilter {
        hiddenTypes = hiddenTypes == null || hiddenTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hiddenTypes));
        hiddenClaimants = hiddenClaimants == null ? Set.of() : Set.copyOf(new TreeSet<>(hiddenClaimants));
        minImportance = Math.max(1, Math.min(3, minImportance));
    }

    @Override
    public boolean test(Event event) {
        if (hiddenTypes.contains(event.type()) || event.importance() < minImportance) {
            return false;
        }
        if (!event.claim()) {
            return facts;
        }
        return claims && (event.claimant() == null || !hiddenClaimants.contains(claimantOf(event)));
    }

    /** The name a claim's claimant is filtered by (its English name), or null for a fact. */
    public static String claimantOf(Event event) {
        return event.claim() && event.claimant() != null ? event.claimant().get("en") : null;
    }

    /** Whether this filter shows every event, whatever the atlas. */
    public boolean showsAll() {
        return equals(ALL);
    }

    /** How many of {@code events} this filter hides. */
    public long hiddenAmong(List<Event> events) {
        return events.stream().filter(this.negate()).count();
    }

    public EventFilter withType(EventType type, boolean shown) {
        Set<EventType> hidden = hiddenTypes.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(hiddenTypes);
        if (shown) {
            hidden.remove(type);
        } else {
            hidden.add(type);
        }
        return new EventFilter(hidden, minImportance, facts, claims, hiddenClaimants);
    }

    public EventFilter withMinImportance(int least) {
        return new EventFilter(hiddenTypes, least, facts, claims, hiddenClaimants);
    }

    public EventFilter withFacts(boolean shown) {
        return new EventFilter(hiddenTypes, minImportance, shown, claims, hiddenClaimants);
    }

    public EventFilter withClaims(boolean shown) {
        return new EventFilter(hiddenTypes, minImportance, facts, shown, hiddenClaimants);
    }

    public EventFilter withClaimant(String claimant, boolean shown) {
        Set<String> hidden = new TreeSet<>(hiddenClaimants);
        if (shown) {
            hidden.remove(claimant);
        } else {
            hidden.add(claimant);
        }
        return new EventFilter(hiddenTypes, minImportance, facts, claims, hidden);
    }
}
