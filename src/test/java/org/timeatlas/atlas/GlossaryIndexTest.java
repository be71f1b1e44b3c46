package org.timeatlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlossaryIndexTest {

    private static final GlossaryTerm JPKF = term("jpkf", "JPKF", "जेपीकेएफ़",
            List.of("Joint Peacekeeping Forces"), List.of("संयुक्त शांति-सेना"));
    private static final GlossaryTerm GALI = term("gali", "Gali district", "गली ज़िला", List.of("Gali"), List.of("गली"));
    private static final GlossaryTerm TSKHINVAL = term("tskhinval", "Tskhinval", "त्सखिनवाल", List.of(), List.of());
    private static final GlossaryTerm CIS = term("cis", "CIS", "सीआईएस", List.of(), List.of());
    private static final GlossaryTerm CIS_PKF = term("cis-pkf", "CIS peacekeeping force", "सीआईएस शांति-सेना",
            List.of(), List.of());
    private static final GlossaryIndex INDEX = new GlossaryIndex(List.of(JPKF, GALI, TSKHINVAL, CIS, CIS_PKF));

    @Test
    void findsATermByItsAliasIgnoringCase() {
        assertEquals(List.of(JPKF), INDEX.termsIn("The joint peacekeeping forces entered.", "en"));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertEquals(List.of(), INDEX.termsIn("Galicia and Galilee are elsewhere; JPKFs is not a word here.", "en"));
        assertEquals(List.of(GALI), INDEX.termsIn("Fighting in Gali, then (Gali) again.", "en"));
    }

    @Test
    void aDevanagariVowelSignContinuesTheWord() {
        assertEquals(List.of(), INDEX.termsIn("त्सखिनवाली में", "hi"), "त्सखिनवाल + ी is another word");
        assertEquals(List.of(TSKHINVAL), INDEX.termsIn("त्सखिनवाली/त्सखिनवाल में", "hi"));
    }

    @Test
    void matchesOnlySpellingsOfTheGivenLanguage() {
        assertEquals(List.of(), INDEX.termsIn("Joint Peacekeeping Forces", "hi"));
        assertEquals(List.of(JPKF), INDEX.termsIn("सोची समझौते के तहत संयुक्त शांति-सेना आई।", "hi"));
        assertEquals(List.of(), INDEX.termsIn("संयुक्त शांति-सेना", "en"));
    }

    @Test
    void listsTermsInTheOrderTheyFirstAppearAndOnce() {
        assertEquals(List.of(GALI, JPKF), INDEX.termsIn("Gali: JPKF, Gali, Joint Peacekeeping Forces.", "en"));
    }

    @Test
    void aLongerOverlappingSpellingWinsOverAShorterOne() {
        assertEquals(List.of(CIS_PKF), INDEX.termsIn("A CIS peacekeeping force deployed.", "en"));
        assertEquals(List.of(CIS_PKF, CIS), INDEX.termsIn("A CIS peacekeeping force; later the CIS ended it.", "en"));
    }

    @Test
    void readsAnEventsTitleAndSummary() {
        LocalizedText title = LocalizedText.of("Fighting near Gali", "गली के पास लड़ाई");
        LocalizedText summary = LocalizedText.of("The JPKF watched.", "संयुक्त शांति-सेना देखती रही।");
        Event event = new Event("e", LocalDateTime.of(2000, 1, 1, 0, 0), false, null, Certainty.DAY,
                EventType.MILITARY, 1, null, List.of(), false, null, null, title, summary, List.of());
        assertEquals(List.of(GALI, JPKF), INDEX.termsIn(event, "en"));
        assertEquals(List.of(GALI, JPKF), INDEX.termsIn(event, "hi"));
    }

    @Test
    void searchFindsTermsByNameAliasOrDefinitionInTheLanguage() {
        assertEquals(List.of(JPKF), INDEX.search("peacekeeping forces", "en"));
        assertEquals(List.of(GALI), INDEX.search("district", "en"));
        assertEquals(List.of(GALI), INDEX.search("इंगुरी", "hi"), "found by the Hindi definition");
        assertEquals(5, INDEX.search("  ", "en").size(), "a blank search lists every term");
        assertTrue(INDEX.search("nothing like this", "en").isEmpty());
    }

    @Test
    void searchListsTermsAlphabeticallyInTheLanguage() {
        List<String> names = INDEX.search("", "en").stream().map(t -> t.term().get("en")).toList();
        assertEquals(List.of("CIS", "CIS peacekeeping force", "Gali district", "JPKF", "Tskhinval"), names);
        assertFalse(INDEX.search("", "hi").isEmpty());
    }

    private static GlossaryTerm term(String id, String en, String hi, List<String> aliasesEn, List<String> aliasesHi) {
        String definitionHi = id.equals("gali") ? "इंगुरी पर एक ज़िला।" : hi + " की परिभाषा।";
        return new GlossaryTerm(id, LocalizedText.of(en, hi), Map.of("en", aliasesEn, "hi", aliasesHi),
                LocalizedText.of("Definition of " + en + ".", definitionHi), List.of());
    }
}
