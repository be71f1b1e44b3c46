package org.timeatlas.atlas.io;

/**
 * Makes text from an atlas safe to print on one line of a terminal or in a dialog: control characters
 * (C0, DEL, C1), line and paragraph separators, bidirectional overrides and lone surrogates are written as
 * {@code \}{@code uXXXX}, so data can neither start a terminal escape sequence, break a
 * {@code file:line:col: message} line in two, nor reorder what is shown. Every other character, Devanagari
 * with its joiners included, is kept.
 */
public final class PlainText {

    private PlainText() {
    }

    /** {@code text} with every unsafe character escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i));
            } else if (isUnsafe(c)) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'               // line and paragraph separators
                || (c >= '\u202a' && c <= '\u202e')             // bidirectional embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069')             // bidirectional isolates
                || c == '\u200e' || c == '\u200f' || c == '\u061c' // direction marks
                || Character.isSurrogate(c);                   // a surrogate without its pair
    }
}
