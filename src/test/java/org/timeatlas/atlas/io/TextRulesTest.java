package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.LocalizedText;

class TextRulesTest {

    /** The rule as first written: every abbreviation's full stop taken out of the whole text, then the ends counted. */
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(e\\.g|i\\.e|etc|Gen|Lt|Maj|Col|Brig|Capt|Sgt|St|Mr"
            + "|Mrs|Ms|Dr|Prof|vol|vols|pp|p|no|No|ch|cf|approx|U\\.S|U\\.N|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
            + "|Dec)\\.|(?<![\\u0900-\\u097F])(पृ|खं|डॉ|सं)\\.", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern END = Pattern.compile("[.!?।][\"'’”)\\]]*(?=\\s|$)");

    private static int sentencesAsFirstWritten(String text) {
        String body = ABBREVIATION.matcher(text.strip()).replaceAll("ABBR");
        Matcher end = END.matcher(body);
        int count = 0;
        int lastEnd = 0;
        while (end.find()) {
            count++;
            lastEnd = end.end();
        }
        return count + (body.substring(lastEnd).isBlank() ? 0 : 1);
    }

    @Test
    void countsSentencesInBothScriptsAndSkipsTheFullStopsOfAbbreviations() {
        assertEquals(2, TextRules.sentences("Gen. Kulakhmetov arrived. The talks failed."));
        assertEquals(1, TextRules.sentences("Troops moved in, e.g. to Gori and Zugdidi."));
        assertEquals(1, TextRules.sentences("The U.S. and the U.N. called for a ceasefire"));
        assertEquals(2, TextRules.sentences("See p. 12 (approx. 40 km). Then stop."));
        assertEquals(2, TextRules.sentences("Its step. Next one."), "'p.' inside a word is no abbreviation");
        assertEquals(2, TextRules.sentences("डॉ. शर्मा आए। बात हुई।"));
        assertEquals(1, TextRules.sentences("देखें पृ. 12 पर।"));
        assertEquals(2, TextRules.sentences("“We will not stop.” Then they did."));
        assertEquals(0, TextRules.sentences("   "));
        assertEquals(1, TextRules.sentences("No end"));
    }

    @Test
    void countsAsTheRuleFirstWrittenDidOnEveryTourAndQuestionTextOfTheEmbeddedAtlas() {
        Atlas atlas = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();
        List<String> texts = new ArrayList<>();
        Stream.concat(atlas.tours().stream().flatMap(tour -> tour.steps().stream()).map(step -> step.caption()),
                        atlas.questions().stream().map(question -> question.explanation()))
                .map(LocalizedText::byLanguage).forEach(byLanguage -> texts.addAll(byLanguage.values()));
        texts.addAll(List.of("e.g.) and more. Done", "approx.", "U.S.) Then. ", "No. 5 is here. Yes", "etc.\" Next."));
        assertTrue(texts.size() > 200, "texts read: " + texts.size());
        for (String text : texts) {
            assertEquals(sentencesAsFirstWritten(text), TextRules.sentences(text), text);
        }
    }
}
