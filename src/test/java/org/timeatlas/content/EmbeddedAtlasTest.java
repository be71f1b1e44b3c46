package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;
import org.timeatlas.testing.TestAtlases;

/** The content rules of the embedded Georgia atlas, checked on every build. */
class EmbeddedAtlasTest {

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    @Test
    void hasAtLeast250EventsSpreadOverEveryYear() {
        assertTrue(atlas.events().size() >= 250, "events: " + atlas.events().size());
        Map<Integer, Long> perYear = atlas.events().stream()
                .collect(Collectors.groupingBy(e -> e.start().getYear(), TreeMap::new, Collectors.counting()));
        for (int year = 1989; year <= 2008; year++) {
            assertTrue(perYear.getOrDefault(year, 0L) >= 5, year + " has " + perYear.get(year) + " events");
        }
    }

    @Test
    void eachDayFromSevenToTwelveAugust2008HasAtLeastEightEvents() {
        for (int day = 7; day <= 12; day++) {
            LocalDate date = LocalDate.of(2008, 8, day);
            long count = atlas.events().stream().filter(e -> e.start().toLocalDate().equals(date)).count();
            assertTrue(count >= 8, date + " has " + count + " events");
        }
    }

    @Test
    void everyEventHasBothLanguagesAndAtLeastOneCompleteSource() {
        for (Event event : atlas.events()) {
            for (LocalizedText text : List.of(event.title(), event.summary())) {
                assertTrue(text.has("en") && text.has("hi"), event.id());
                assertTrue(text.get("hi").chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI),
                        event.id() + " Hindi text is not in Devanagari");
            }
            assertFalse(event.sources().isEmpty(), event.id());
            for (Source source : event.sources()) {
                assertTrue(source.title() != null && (source.author() != null || source.publisher() != null)
                        && source.year() > 1900 && (source.url() != null || source.section() != null), event.id() + " " + source);
            }
        }
    }

    @Test
    void everyClaimNamesItsClaimant() {
        List<Event> claims = atlas.events().stream().filter(Event::claim).toList();
        assertTrue(claims.size() >= 20, "claims: " + claims.size());
        for (Event claim : claims) {
            assertTrue(claim.claimant() != null && claim.claimant().has("en") && claim.claimant().has("hi"), claim.id());
        }
    }

    @Test
    void placedEventsLieInsideTheTerritoryTheyNameFirst() {
        GeometryFactory factory = new GeometryFactory();
        List<String> outside = new ArrayList<>();
        for (Event event : atlas.events()) {
            if (event.location() == null || event.territoryIds().isEmpty()) {
                continue;
            }
            Territory territory = atlas.territory(event.territoryIds().get(0)).orElseThrow();
            if (!territory.outline().covers(factory.createPoint(new Coordinate(event.location().lon(), event.location().lat())))) {
                outside.add(event.id());
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void territoryHistoriesAreContiguousSourcedAndCoverTheSpan() {
        for (Territory territory : atlas.territories()) {
            List<StatusSpan> history = territory.history();
            assertFalse(history.isEmpty(), territory.id());
            for (int i = 0; i < history.size(); i++) {
                StatusSpan span = history.get(i);
                assertTrue(span.from().isBefore(span.to()), territory.id());
                assertFalse(span.sources().isEmpty(), territory.id() + " span from " + span.from());
                if (i > 0 && territory.kind() == TerritoryKind.TERRITORY) {
                    assertEquals(history.get(i - 1).to(), span.from(), territory.id() + " has a gap or overlap");
                } else if (i > 0) {
                    assertFalse(span.from().isBefore(history.get(i - 1).to()), territory.id() + " overlaps");
                }
            }
            if (territory.kind() == TerritoryKind.TERRITORY) {
                assertEquals(atlas.info().start(), history.get(0).from(), territory.id());
                assertEquals(atlas.info().end(), history.get(history.size() - 1).to(), territory.id());
            }
        }
    }

    @Test
    void theThreeRegionsAndTheRestOfGeorgiaHaveHistories() {
        for (String id : List.of("abkhazia", "south-ossetia", "adjara", "georgia-rest", "gali", "upper-kodori", "akhalgori",
                "liakhvi-villages", "buffer-zone-gori", "buffer-zone-west", "poti-senaki", "perevi")) {
            assertTrue(atlas.territory(id).isPresent(), id);
        }
    }

    @Test
    void upperKodoriWasUnderGovernmentControlBetweenJuly2006AndAugust2008() {
        Territory kodori = atlas.territory("upper-kodori").orElseThrow();
        assertEquals("government", kodori.spanAt(LocalDateTime.of(2007, 6, 1, 0, 0)).orElseThrow().statusId());
        assertEquals("separatist", kodori.spanAt(LocalDateTime.of(2008, 8, 20, 0, 0)).orElseThrow().statusId());
    }

    @Test
    void adjaraWasARegionalRegimeDefyingTbilisiUntilMay2004() {
        Territory adjara = atlas.territory("adjara").orElseThrow();
        assertEquals("regional-regime", adjara.spanAt(LocalDateTime.of(2000, 1, 1, 0, 0)).orElseThrow().statusId());
        assertEquals("government", adjara.spanAt(LocalDateTime.of(2004, 6, 1, 0, 0)).orElseThrow().statusId());
    }

    @Test
    void atLeastEightEras() {
        assertTrue(atlas.eras().size() >= 8, "eras: " + atlas.eras().size());
    }

    @Test
    void everyPlaceLabelHasEnglishAndHindi() {
        assertTrue(atlas.places().size() >= 25);
        atlas.places().forEach(place -> assertTrue(place.name().has("en") && place.name().has("hi"), place.id()));
    }
}
