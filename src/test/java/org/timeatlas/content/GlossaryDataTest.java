package org.timeatlas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryIndex;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.testing.TestAtlases;

/** The glossary of the embedded Georgia atlas: big enough, in both languages, and every term in use. */
class GlossaryDataTest {

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
    }

    @Test
    void hasAtLeastFortyTerms() {
        assertTrue(atlas.glossary().size() >= 40, "glossary terms: " + atlas.glossary().size());
    }

    @Test
    void everyTermAndDefinitionIsInEnglishAndHindi() {
        for (GlossaryTerm term : atlas.glossary()) {
            for (String language : List.of("en", "hi")) {
                assertTrue(term.term().has(language), term.id() + ": term in " + language);
                assertTrue(term.definition().has(language), term.id() + ": definition in " + language);
            }
            assertTrue(term.term().get("hi").codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F),
                    term.id() + ": the Hindi term is written in Devanagari");
        }
    }

    @Test
    void everyTermIsUsedByTheEnglishTextOfSomeEvent() {
        assertEquals(List.of(), unusedTerms("en"), "terms no event's English title or summary uses");
    }

    @Test
    void mostTermsAreAlsoFoundInTheHindiTexts() {
        List<String> unused = unusedTerms("hi");
        assertTrue(unused.size() <= atlas.glossary().size() / 10, "terms no Hindi text uses: " + unused);
    }

    private static List<String> unusedTerms(String language) {
        GlossaryIndex index = new GlossaryIndex(atlas.glossary());
        Set<String> used = new HashSet<>();
        for (Event event : atlas.events()) {
            index.termsIn(event, language).forEach(term -> used.add(term.id()));
        }
        return atlas.glossary().stream().map(GlossaryTerm::id).filter(id -> !used.contains(id)).toList();
    }
}
