package org.timeatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.io.AtlasLoader;

class SearchIndexTest {

    private static final Atlas GEORGIA = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();
    private static final SearchIndex INDEX = SearchIndex.of(GEORGIA);

    @Test
    void foldingIgnoresCaseAndLatinAndCyrillicDiacritics() {
        assertEquals("tskhinvali", Folding.fold("TSKHINVÁLI"));
        assertEquals("еж", Folding.fold("Ёж"));
        assertEquals(List.of("upper", "kodori", "gorge"), Folding.words("Upper Kodori gorge / (2006)").subList(0, 3));
        assertEquals(List.of("a", "2006"), Folding.words("a (2006)"));
    }

    @Test
    void foldingDropsTheNuktaAndReadsCandrabinduAsAnusvaraButKeepsVowelSigns() {
        assertEquals(Folding.fold("जॉर्जिया"), Folding.fold("जॉर्जिया"));
        assertEquals(Folding.fold("ज़िला"), Folding.fold("जिला"), "precomposed ज़ (U+095B)");
        assertEquals(Folding.fold("ज\u093Cिला"), Folding.fold("जिला"), "ज with a separate nukta");
        assertEquals(Folding.fold("हँसी"), Folding.fold("हंसी"));
        assertFalse(Folding.fold("कुल").equals(Folding.fold("कल")), "a vowel sign changes the word");
        assertEquals(List.of("ऊपरी", "कोदोरी", "घाटी"), Folding.words("ऊपरी कोदोरी घाटी"),
                "vowel signs and the virama stay inside words");
    }

    @Test
    void oneEditCoversAChangedAddedDroppedOrSwappedLetterAtTheStartOfAWord() {
        assertTrue(OneEdit.prefixWithin("кодори", "кодорское"), "changed");
        assertTrue(OneEdit.prefixWithin("kodorri", "kodori"), "one too many");
        assertTrue(OneEdit.prefixWithin("kdori", "kodori"), "one missing");
        assertTrue(OneEdit.prefixWithin("kdoori", "kodori"), "swapped");
        assertFalse(OneEdit.prefixWithin("kadari", "kodori"), "two changed");
        assertTrue(OneEdit.prefixWithin("odori", "kodori"), "the first letter missing");
        assertFalse(OneEdit.prefixWithin("dorik", "kodori"), "the start must match within one edit");
    }

    @Test
    void kodoriIsFoundFromEnglishHindiAndRussianSpellings() {
        for (String query : List.of("kodori", "KODORI", "कोदोरी", "कोडोरी", "Кодори", "кодорское")) {
            SearchResults found = INDEX.search(query, 8);
            assertEquals("upper-kodori", ids(found, SearchGroup.TERRITORIES).get(0), query + " finds the territory");
            if (!query.startsWith("К") && !query.startsWith("к")) { // the place has no Russian name in the atlas
                assertTrue(ids(found, SearchGroup.PLACES).contains("upper-kodori"), query + " finds the place");
            }
        }
        SearchHit russian = INDEX.search("Кодори", 8).of(SearchGroup.TERRITORIES).get(0);
        assertEquals("ru", russian.matched().language(), "the hit says which name it was found by");
    }

    @Test
    void resultsAreGroupedAndAWholeNameRanksAboveAMentionInASummary() {
        SearchResults found = INDEX.search("gori", 5);
        assertEquals("gori", ids(found, SearchGroup.PLACES).get(0));
        assertTrue(found.total(SearchGroup.EVENTS) > 5, "many events mention Gori: " + found.total(SearchGroup.EVENTS));
        assertEquals(5, found.of(SearchGroup.EVENTS).size(), "at most the limit per group");
        SearchHit firstEvent = found.of(SearchGroup.EVENTS).get(0);
        assertTrue(firstEvent.matched().name(), "an event with Gori in its title comes first: " + firstEvent);
    }

    @Test
    void everyWordMustBeFoundAndHindiFindsTheSameEventsAsEnglish() {
        SearchResults both = INDEX.search("tskhinvali shelling", 50);
        assertFalse(both.of(SearchGroup.EVENTS).isEmpty());
        SearchResults first = INDEX.search("tskhinvali", 500);
        assertTrue(both.total(SearchGroup.EVENTS) < first.total(SearchGroup.EVENTS), "a second word narrows");
        assertTrue(INDEX.search("tskhinvali zzzzqqq", 5).isEmpty());
        assertFalse(INDEX.search("त्सखिनवाली", 5).of(SearchGroup.EVENTS).isEmpty());
        assertTrue(INDEX.search("   ", 5).isEmpty());
    }

    @Test
    void glossaryTermsAndToursAreFoundInBothLanguages() {
        assertTrue(INDEX.search("JPKF", 5).total(SearchGroup.TERMS) > 0);
        String tour = GEORGIA.tours().get(0).title().get("hi");
        assertTrue(ids(INDEX.search(tour, 5), SearchGroup.TOURS).contains(GEORGIA.tours().get(0).id()), tour);
    }

    @Test
    void rankingPrefersExactOverPrefixOverOneEditAndNamesOverBodyText() {
        SearchIndex small = SearchIndex.of(List.of(
                entry("body", new SearchField("a report on Marneuli", "en", false)),
                entry("edit", new SearchField("Marnueli", "en", true)),
                entry("prefix", new SearchField("Marneulis", "en", true)),
                entry("exact", new SearchField("Marneuli", "en", true))));
        assertEquals(List.of("exact", "prefix", "body", "edit"), ids(small.search("marneuli", 10), SearchGroup.PLACES));
    }

    private static SearchEntry entry(String id, SearchField field) {
        return new SearchEntry(SearchGroup.PLACES, id, new LocalizedText(Map.of("en", id)), List.of(field), 0);
    }

    private static List<String> ids(SearchResults results, SearchGroup group) {
        return results.of(group).stream().map(hit -> hit.entry().id()).toList();
    }
}
