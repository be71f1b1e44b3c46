package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void terminalEscapesAndControlCharactersAreWrittenAsCodes() {
        assertEquals("\\u001b[2J\\u001b[31mred", PlainText.escape("\u001b[2J\u001b[31mred"));
        assertEquals("a\\u000ab\\u000dc\\u0009d\\u0000", PlainText.escape("a\nb\rc\td\0"));
        assertEquals("\\u009b2J \\u007f", PlainText.escape("\u009b2J \u007f"), "C1 CSI and DEL");
    }

    @Test
    void textThatCouldReorderOrBreakALineIsEscaped() {
        assertEquals("so\\u202euth \\u2066x\\u2069 a\\u2028b", PlainText.escape("so\u202euth \u2066x\u2069 a\u2028b"));
        assertEquals("lone \\ud800 surrogate", PlainText.escape("lone \ud800 surrogate"));
    }

    @Test
    void everythingElseIsKeptAsItIs() {
        String hindi = "त्सखिनवाली / त्सखिनवाल — क्ष\u200d \u200cज्ञ";
        assertSame(hindi, PlainText.escape(hindi), "Devanagari with its joiners");
        String georgian = "ცხინვალი 😀 Цхинвал";
        assertSame(georgian, PlainText.escape(georgian), "other scripts and paired surrogates");
    }

    @Test
    void problemsEscapeTheirFileAndMessage() {
        Problem problem = new Problem("events/\u001b[1m.json", 0, -3, "unknown \u0007");
        assertEquals("events/\\u001b[1m.json:1:1: unknown \\u0007", problem.toString());
    }
}
