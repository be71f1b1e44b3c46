package org.timeatlas.atlas;

/**
 * Finds a phrase in a text as a whole word, ignoring case. Letters, digits and combining marks count as
 * parts of a word, so a Devanagari vowel sign after a match (त्सखिनवाल + ी) makes it part of a longer word.
 */
public final class WholeWords {

    private WholeWords() {
    }

    /** The first index at or after {@code from} where {@code phrase} stands as whole words, or -1. */
    public static int indexOf(String text, String phrase, int from) {
        if (phrase.isEmpty()) {
            return -1;
        }
        for (int i = Math.max(0, from); i + phrase.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, phrase, 0, phrase.length())
                    && !isWordPart(text, i - 1) && !isWordPart(text, i + phrase.length())) {
                return i;
            }
        }
        return -1;
    }

    public static boolean contains(String text, String phrase) {
        return indexOf(text, phrase, 0) >= 0;
    }

    private static boolean isWordPart(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
