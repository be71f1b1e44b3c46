package org.timeatlas.atlas.io;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timeatlas.atlas.LocalizedText;

/**
 * Checks on the texts of tours and questions that do not depend on the language they are written in: how many
 * sentences a text has, and that every translation states the same numbers.
 */
final class TextRules {

    /** Abbreviations whose full stop does not end a sentence (English, and Hindi पृ. खं. डॉ. सं.). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(e\\.g|i\\.e|etc|Gen|Lt|Maj|Col|Brig|Capt|Sgt|St|Mr"
            + "|Mrs|Ms|Dr|Prof|vol|vols|pp|p|no|No|ch|cf|approx|U\\.S|U\\.N|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
            + "|Dec)\\.|(?<![\\u0900-\\u097F])(पृ|खं|डॉ|सं)\\.", Pattern.UNICODE_CHARACTER_CLASS);
    /** The most characters an abbreviation has before its full stop ("approx"). */
    private static final int LONGEST_ABBREVIATION = 6;
    /** A sentence ends at . ! ? or the danda ।, after any closing quotes or brackets, before a space or the end. */
    private static final Pattern END = Pattern.compile("[.!?।][\"'’”)\\]]*(?=\\s|$)");
    /** A number: digits (of any script) in groups joined by . , or : ("2,00,000", "23:35", "1.5"). */
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,:]\\p{Nd}+)*");

    private TextRules() {
    }

    /**
     * The sentences in {@code text}: the ends of sentences, plus one for a last sentence without an end. The full
     * stops of common abbreviations ("e.g.", "Gen.", "p.", "पृ.") end none.
     */
    static int sentences(String text) {
        String body = text.strip();
        Matcher end = END.matcher(body);
        int count = 0;
        int lastEnd = 0;
        while (end.find()) {
            if (!endsAbbreviation(body, end.start())) {
                count++;
                lastEnd = end.end();
            }
        }
        return count + (body.substring(lastEnd).isBlank() ? 0 : 1);
    }

    /**
     * Whether the full stop at {@code stop} ends one of the abbreviations. Only the few characters before each
     * possible end of a sentence are searched: the pattern tried at every place of every text was a fifth of loading
     * the embedded atlas (its tours' and questions' texts, in both languages).
     */
    private static boolean endsAbbreviation(String body, int stop) {
        if (body.charAt(stop) != '.') {
            return false;
        }
        Matcher abbreviation = ABBREVIATION.matcher(body)
                .region(Math.max(0, stop - LONGEST_ABBREVIATION), stop + 1)
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
        while (abbreviation.find()) {
            if (abbreviation.end() == stop + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The numbers {@code text} states, written with ASCII digits and without the separators of digit groups, so
     * "2,00,000", "200,000" and "२,००,०००" are one number.
     */
    static Set<String> numbers(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            StringBuilder plain = new StringBuilder();
            for (char c : number.group().toCharArray()) {
                if (Character.isDigit(c)) {
                    plain.append(Character.forDigit(Character.digit(c, 10), 10));
                } else if (c != ',') {
                    plain.append(c);
                }
            }
            numbers.add(plain.toString());
        }
        return numbers;
    }

    /** Where the {@code language} version of a text object stands, or the object itself. */
    static Json translation(Json text, String language) {
        return text instanceof Json.JObject object && object.get(language) != null ? object.get(language) : text;
    }

    /**
     * Reports, at the member {@code name} of {@code fields}, each language of {@code text} whose sentences are not
     * between {@code min} and {@code max}.
     */
    static void checkSentences(Fields fields, String name, LocalizedText text, int min, int max) {
        for (var entry : new java.util.TreeMap<>(text.byLanguage()).entrySet()) {
            int count = sentences(entry.getValue());
            if (count < min || count > max) {
                fields.problemAt(translation(fields.raw(name), entry.getKey()), "\"" + name + "." + entry.getKey() + "\" has " + count
                        + (count == 1 ? " sentence" : " sentences") + "; it must have " + min + "–" + max);
            }
        }
    }

    /** Reports each translation of {@code text} that does not state the same numbers as the first atlas language. */
    static void checkNumbers(Fields fields, Json at, String name, LocalizedText text, java.util.List<String> languages) {
        if (languages.isEmpty()) {
            return;
        }
        String first = languages.get(0);
        if (!text.has(first)) {
            return;
        }
        Set<String> reference = numbers(text.get(first));
        for (String language : languages.subList(1, languages.size())) {
            if (!text.has(language)) {
                continue;
            }
            Set<String> other = numbers(text.get(language));
            if (!other.equals(reference)) {
                Set<String> missing = new TreeSet<>(reference);
                missing.removeAll(other);
                Set<String> extra = new TreeSet<>(other);
                extra.removeAll(reference);
                fields.problemAt(translation(at, language), "\"" + name + "." + language + "\" does not state the same numbers as \"" + name
                        + "." + first + "\"" + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing))
                        + (extra.isEmpty() ? "" : "; not in \"" + name + "." + first + "\": " + String.join(", ", extra)));
            }
        }
    }
}
