package org.timeatlas.ui;

/**
 * What the text layout must know about the writing systems in a string. JavaFX draws a wrapped line of a single
 * complex-script run (Devanagari and other shaped scripts) past its break, so such text is laid out one word per
 * node; text in simple scripts (Latin, Greek, Cyrillic and the common punctuation) wraps correctly as one node,
 * which costs far fewer nodes to style and lay out on every change of moment.
 */
public final class Scripts {

    private Scripts() {
    }

    /** True when {@code text} holds a character of a shaped script or a combining mark (null counts as simple). */
    public static boolean shaped(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0300) {
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                return true;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case COMMON, LATIN, GREEK, CYRILLIC -> {
                }
                default -> {
                    return true;
                }
            }
        }
        return false;
    }
}
