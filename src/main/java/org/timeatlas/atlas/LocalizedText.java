package org.timeatlas.atlas;

import java.util.Map;

/** A text a reader sees, with one version per language code ("en", "hi", and for place names "ka", "ru"). */
public record LocalizedText(Map<String, String> byLanguage) {

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalizedText of(String en, String hi) {
        return new LocalizedText(Map.of("en", en, "hi", hi));
    }

    /** The text in {@code language}, falling back to English, then to any language present. */
    public String get(String language) {
        String text = byLanguage.get(language);
        if (text != null && !text.isBlank()) {
            return text;
        }
        text = byLanguage.get("en");
        if (text != null) {
            return text;
        }
        return byLanguage.values().stream().findFirst().orElse("");
    }

    public boolean has(String language) {
        String text = byLanguage.get(language);
        return text != null && !text.isBlank();
    }
}
