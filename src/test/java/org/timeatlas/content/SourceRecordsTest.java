package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Source;
import org.timeatlas.testing.TestAtlases;

/** The bibliography of the embedded Georgia atlas is complete, without duplicates, and checkable by a teacher. */
class SourceRecordsTest {

    /** A page locator ("p. 19", "pp. 22–23") shared by more events than this is a blanket pin, not a page. */
    static final int MAX_EVENTS_PER_PAGE_PIN = 5;

    private static final Pattern PAGES = Pattern.compile("^pp?\\. *(\\d+)(?: *[–-] *(\\d+))?$");

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    @Test
    void everySourceHasTitleAuthorOrPublisherYearAndAUrlOrSection() {
        for (Source source : atlas.sources()) {
            assertTrue(source.title() != null && !source.title().isBlank(), source.id());
            assertTrue(source.author() != null || source.publisher() != null, source.id());
            assertTrue(source.year() >= 1900 && source.year() <= 2030, source.id());
            assertTrue(source.url() != null || source.section() != null, source.id());
        }
    }

    @Test
    void noTwoSourcesShareAUrl() {
        Map<String, String> byUrl = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (Source source : atlas.sources()) {
            if (source.url() == null) {
                continue;
            }
            String previous = byUrl.put(normalised(source.url()), source.id());
            if (previous != null) {
                shared.add(previous + " and " + source.id() + ": " + source.url());
            }
        }
        assertEquals(List.of(), shared);
    }

    @Test
    void urlsAreArticlesOnRealHostsNotStagingCopiesOrAuthorPages() {
        for (Source source : atlas.sources()) {
            if (source.url() == null) {
                continue;
            }
            URI uri = URI.create(source.url());
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            assertTrue(!host.startsWith("test.") && !host.contains("staging"), source.id() + ": " + source.url());
            String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
            assertTrue(!path.contains("/author/"), source.id() + " points at an author page: " + source.url());
        }
    }

    @Test
    void sourceRecordsCarryNoBlanketChapterOrPageRanges() {
        Pattern blanket = Pattern.compile("(?i)(chapters? *\\d+ *[–-] *\\d+|pp?\\. *\\d+ *[–-] *\\d+)");
        for (Source source : atlas.sources()) {
            if (source.section() != null) {
                assertTrue(!blanket.matcher(source.section()).find(),
                        source.id() + ": a page or chapter belongs on each citation, not on the source: " + source.section());
            }
        }
    }

    @Test
    void noPagePinIsSharedByManyEvents() {
        Map<String, Set<String>> eventsByPin = new HashMap<>();
        for (Event event : atlas.events()) {
            for (Source cited : event.sources()) {
                if (cited.section() != null && PAGES.matcher(cited.section().trim()).matches()) {
                    eventsByPin.computeIfAbsent(cited.id() + " " + cited.section(), k -> new HashSet<>()).add(event.id());
                }
            }
        }
        eventsByPin.forEach((pin, events) -> assertTrue(events.size() <= MAX_EVENTS_PER_PAGE_PIN,
                pin + " is cited by " + events.size() + " events: " + events));
    }

    @Test
    void pagePinsAreShortRanges() {
        for (Event event : atlas.events()) {
            for (Source cited : event.sources()) {
                Matcher m = cited.section() == null ? null : PAGES.matcher(cited.section().trim());
                if (m != null && m.matches() && m.group(2) != null) {
                    int span = Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1));
                    assertTrue(span >= 0 && span <= 5, event.id() + " cites " + cited.id() + " at " + cited.section());
                }
            }
        }
    }

    @Test
    void aFindingCitesTheBodyThatMadeIt() {
        Map<String, List<String>> sourcesOfBody = Map.of(
                "IIFFMCG", List.of("iiffmcg-", "civil-ge-2009-09-30-iiffmcg-report"),
                "Human Rights Watch", List.of("hrw-"),
                "UNOMIG", List.of("unomig-", "psz-2008-05-28-unomig-drone", "mg-2008-05-26-un-drone", "civil-ge-2007-07-12-unomig",
                        "civil-ge-2007-10-un-probe"),
                "OSCE", List.of("osce-"),
                "CSCE", List.of("csce-"),
                "Amnesty", List.of("amnesty-"));
        for (Event event : atlas.events()) {
            if (event.finding() == null) {
                continue;
            }
            String finding = event.finding().get("en");
            sourcesOfBody.forEach((body, prefixes) -> {
                if (finding.contains(body)) {
                    assertTrue(event.sources().stream().anyMatch(s -> prefixes.stream().anyMatch(p -> s.id().startsWith(p))),
                            event.id() + ": its finding names " + body + " but cites none of its texts");
                }
            });
        }
    }

    /** The same page under http or https, with or without "www.", an AMP path or a trailing slash. */
    static String normalised(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        u = u.replace("/amp/", "/").replaceFirst("/amp$", "").replaceFirst("/+$", "");
        return u;
    }
}
