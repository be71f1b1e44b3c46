package org.timeatlas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search compares texts: case-insensitive, without diacritics in Latin and Cyrillic ("Tskhinváli" finds
 * Tskhinvali, "ё" finds "е"), and in Devanagari without the nukta (ज़ finds ज, फ़ finds फ) and with the
 * candrabindu read as the anusvara, which Hindi writers use for each other. Devanagari vowel signs and the
 * virama are kept: they change the word.
 */
public final class Folding {

    private static final char NUKTA = '\u093C';
    private static final char CANDRABINDU = '\u0901';
    private static final char ANUSVARA = '\u0902';

    private Folding() {
    }

    /** {@code text} folded: lower case (root locale), decomposed, marks dropped as described above. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == NUKTA) {
                continue;
            }
            if (c == CANDRABINDU) {
                folded.append(ANUSVARA);
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK && !isDevanagari(c)) {
                continue;
            }
            folded.append(c);
        }
        return folded.toString();
    }

    /** The words of {@code text}, folded: runs of letters, digits and the marks that belong to them. */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && isWordChar(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isDevanagari(char c) {
        return c >= '\u0900' && c <= '\u097F';
    }
}
