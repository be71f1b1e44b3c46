package org.timeatlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void englishAndHindiBundlesHaveTheSameKeysAndNoBlankText() throws IOException {
        Properties en = load("en");
        Properties hi = load("hi");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(hi.stringPropertyNames()));
        for (String key : hi.stringPropertyNames()) {
            assertFalse(hi.getProperty(key).isBlank(), key);
            assertFalse(en.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void hindiTextsAreWrittenInDevanagariNotLeftInEnglish() throws IOException {
        Properties en = load("hi");
        Properties english = load("en");
        int untranslated = 0;
        for (String key : en.stringPropertyNames()) {
            String hindi = en.getProperty(key);
            boolean hasLetters = english.getProperty(key).chars().anyMatch(Character::isLetter);
            boolean devanagari = hindi.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI);
            if (hasLetters && !devanagari && !key.endsWith(".plusMinus") && !key.equals("keys.map.zero")
                    && !key.startsWith("language.name.")) { // each language is named in its own script
                untranslated++;
                System.out.println("not in Devanagari: " + key + "=" + hindi);
            }
        }
        assertEquals(0, untranslated);
    }

    @Test
    void datesAreFormattedInTheInterfaceLanguage() {
        LocalDate day = LocalDate.of(2008, 8, 10);
        assertEquals("10 August 2008", new Messages("en").date(day));
        assertEquals("10 अगस्त 2008", new Messages("hi").date(day));
        assertEquals("8 August 2008, 05:30", new Messages("en").moment(LocalDateTime.of(2008, 8, 8, 5, 30), true));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("Events around this moment (3)", new Messages("en").get("events.heading", 3));
        assertTrue(new Messages("hi").get("events.heading", 3).contains("(3)"));
    }

    @Test
    void aMissingKeyShowsItsNameInsteadOfFailing() {
        assertEquals("⟨no.such.key⟩", new Messages("en").get("no.such.key"));
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/timeatlas/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void yearsBeforeOneThousandAreWrittenWithoutZeroPadding() {
        Messages english = new Messages("en");
        assertEquals("8 June 632", english.date(LocalDate.of(632, 6, 8)));
        assertEquals("June 632", english.month(LocalDate.of(632, 6, 8)));
        assertEquals("632", english.year(LocalDate.of(632, 6, 8)));
        assertEquals("1 March 45, 12:00", english.moment(LocalDateTime.of(45, 3, 1, 12, 0), true));
        assertEquals("10 August 2008", english.date(LocalDate.of(2008, 8, 10)));
        Messages hindi = new Messages("hi");
        assertTrue(hindi.date(LocalDate.of(632, 6, 8)).endsWith(" 632"), hindi.date(LocalDate.of(632, 6, 8)));
        assertEquals("632", hindi.year(LocalDate.of(632, 6, 8)));
    }
}
