package org.timeatlas.quiz;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.LocalizedText;

/**
 * The words of generated questions in English and Hindi (an atlas language without its own wording gets the
 * English one), and dates written as the explorer writes them: "7 August 2008", "7 अगस्त 2008".
 */
final class GeneratedWording {

    private static final String ENGLISH = "en";
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            ENGLISH, Map.of(
                    "order.question", "Put these events in the order they happened.",
                    "order.explanation", "In the order they happened: {0}.",
                    "order.join", "; then ",
                    "held.question", "Who controlled {0} on {1}?",
                    "held.explanation", "On {0} the atlas shows {1} as “{2}”: {3}.",
                    "click.question", "On {0}, which area was under “{1}”? Click any such area on the map.",
                    "click.explanation", "On {0} the atlas shows {1} as “{2}”.",
                    "click.join", ", ",
                    "about", "about {0}"),
            "hi", Map.of(
                    "order.question", "इन घटनाओं को उनके घटित होने के क्रम में लगाइए।",
                    "order.explanation", "घटित होने का क्रम: {0}।",
                    "order.join", "; फिर ",
                    "held.question", "{1} को {0} पर किसका नियंत्रण था?",
                    "held.explanation", "एटलस के अनुसार {0} को {1} की स्थिति “{2}” थी: {3}।",
                    "click.question", "{0} को कौन-सा क्षेत्र “{1}” के अधीन था? मानचित्र पर ऐसे किसी एक क्षेत्र को क्लिक कीजिए।",
                    "click.explanation", "एटलस के अनुसार {0} को {1} की स्थिति “{2}” थी।",
                    "click.join", ", ",
                    "about", "लगभग {0}"));

    private final List<String> languages;

    GeneratedWording(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    /** A text in every atlas language: the pattern {@code key} with the arguments each language gives. */
    LocalizedText text(String key, Function<String, List<String>> arguments) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : languages) {
            String pattern = words(language).get(key);
            List<String> values = arguments.apply(language);
            for (int i = 0; i < values.size(); i++) {
                pattern = pattern.replace("{" + i + "}", values.get(i));
            }
            byLanguage.put(language, pattern);
        }
        return new LocalizedText(byLanguage);
    }

    String word(String key, String language) {
        return words(language).get(key);
    }

    /** A day: "7 August 2008". */
    String day(LocalDateTime moment, String language) {
        return DateTimeFormatter.ofPattern("d MMMM y", locale(language)).format(moment);
    }

    /** A start at its certainty: to the minute, the day, the month, or "about" the day. */
    String start(LocalDateTime start, Certainty certainty, String language) {
        Locale locale = locale(language);
        return switch (certainty) {
            case EXACT -> DateTimeFormatter.ofPattern("d MMMM y, HH:mm", locale).format(start);
            case DAY -> day(start, language);
            case MONTH -> DateTimeFormatter.ofPattern("MMMM y", locale).format(start);
            case APPROXIMATE -> word("about", language).replace("{0}", day(start, language));
        };
    }

    /** Drops a final full stop or danda, so a text can be set inside a sentence that supplies its own. */
    static String withoutFinalStop(String text) {
        String stripped = text.strip();
        while (stripped.endsWith(".") || stripped.endsWith("।")) {
            stripped = stripped.substring(0, stripped.length() - 1).strip();
        }
        return stripped;
    }

    private static Map<String, String> words(String language) {
        return WORDS.getOrDefault(language, WORDS.get(ENGLISH));
    }

    private static Locale locale(String language) {
        return "hi".equals(language) ? Locale.forLanguageTag("hi-IN")
                : ENGLISH.equals(language) ? Locale.forLanguageTag("en-GB") : Locale.forLanguageTag(language);
    }
}
