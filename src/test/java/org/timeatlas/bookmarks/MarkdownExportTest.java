package org.timeatlas.bookmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.i18n.Messages;

class MarkdownExportTest {

    private static final Atlas GEORGIA = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();

    @Test
    void aBookmarkOfAnEventListsItsNoteAndEverySourceWithYearAndAddress() {
        Event claim = GEORGIA.events().stream().filter(e -> e.claim() && e.sources().size() > 1).findFirst().orElseThrow();
        Bookmark bookmark = new Bookmark("1", claim.start(), claim.id(), null, 44.0, 42.2, 300, "Compare with the *EU* finding");
        String md = new MarkdownExport(GEORGIA, new Messages("en")).render(List.of(bookmark));
        assertTrue(md.startsWith("# Bookmarks — "), md);
        assertTrue(md.contains("## 1. "), md);
        assertTrue(md.contains("> Compare with the \\*EU\\* finding"), "the note, escaped: " + md);
        assertTrue(md.contains("Claim by " + MarkdownExport.escape(claim.claimant().get("en"))), md);
        assertTrue(md.contains("44.000° E, 42.200° N"), md);
        for (Source source : claim.sources()) {
            assertTrue(md.contains("(" + source.year() + "). *" + MarkdownExport.escape(source.title()) + "*"), source.title());
            if (source.url() != null) {
                assertTrue(md.contains("<" + source.url() + ">"), source.url());
            }
        }
    }

    @Test
    void aBookmarkOfATerritoryGivesTheStatusSpanOfItsMomentWithItsSourcesInHindi() {
        LocalDateTime moment = LocalDateTime.of(2007, 1, 1, 0, 0);
        Bookmark bookmark = new Bookmark("2", moment, null, "upper-kodori", Double.NaN, Double.NaN, Double.NaN, "");
        String md = new MarkdownExport(GEORGIA, new Messages("hi")).render(List.of(bookmark));
        var span = GEORGIA.territory("upper-kodori").orElseThrow().spanAt(moment).orElseThrow();
        assertTrue(md.startsWith("# बुकमार्क — "), md);
        assertTrue(md.contains("क्षेत्र: ऊपरी कोदोरी घाटी — " + MarkdownExport.escape(span.authority().get("hi"))), md);
        assertTrue(md.contains("स्रोत:"), md);
        span.sources().forEach(source -> assertTrue(md.contains(MarkdownExport.escape(source.title())), source.title()));
        assertFalse(md.contains("> "), "no note, no quote");
        assertFalse(md.contains("°"), "no map view was kept");
    }

    @Test
    void markdownStructureCannotBeInjectedThroughText() {
        assertEquals("\\# not a heading \\[x\\](y) a\\_b \\<b\\>", MarkdownExport.escape("# not a heading [x](y) a_b <b>"));
        assertEquals("one two", MarkdownExport.escape("one\ntwo"));
    }

    @Test
    void bookmarksAreAddedEditedAndDeletedByIdAndKeepTheirOrder() {
        Bookmark a = new Bookmark("a", LocalDateTime.of(2008, 8, 8, 0, 0), null, null, Double.NaN, Double.NaN, Double.NaN, " x ");
        Bookmark b = new Bookmark("b", LocalDateTime.of(1992, 8, 14, 0, 0), null, null, 1, 2, 3, null);
        Bookmarks all = Bookmarks.NONE.with(a).with(b);
        assertEquals(List.of(a, b), all.items());
        assertEquals("x", a.note(), "notes are stripped");
        assertEquals("", b.note());
        assertEquals("new", all.replacing(a.withNote("new")).items().get(0).note());
        assertEquals(List.of(b), all.without("a").items());
        assertFalse(a.hasView());
        assertTrue(b.hasView());
    }
}
