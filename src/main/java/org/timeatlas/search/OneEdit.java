package org.timeatlas.search;

/** Whether a word is the start of another with at most one letter changed, added, dropped or swapped. */
final class OneEdit {

    private OneEdit() {
    }

    /**
     * True when some prefix of {@code candidate} is within one edit (substitution, insertion, deletion or swap of
     * neighbours) of {@code word}.
     */
    static boolean prefixWithin(String word, String candidate) {
        int p = 0;
        int shared = Math.min(word.length(), candidate.length());
        while (p < shared && word.charAt(p) == candidate.charAt(p)) {
            p++;
        }
        if (p == word.length()) {
            return true;
        }
        return startsAt(word, p + 1, candidate, p + 1)          // changed
                || startsAt(word, p + 1, candidate, p)          // the query has a letter too many
                || startsAt(word, p, candidate, p + 1)          // the query lacks a letter
                || (p + 1 < word.length() && p + 1 < candidate.length()
                    && word.charAt(p) == candidate.charAt(p + 1) && word.charAt(p + 1) == candidate.charAt(p)
                    && startsAt(word, p + 2, candidate, p + 2)); // two neighbours swapped
    }

    /** Whether {@code word} from {@code w} on is a prefix of {@code candidate} from {@code c} on. */
    private static boolean startsAt(String word, int w, String candidate, int c) {
        int rest = word.length() - w;
        if (rest < 0) {
            return false;
        }
        if (c > candidate.length() || candidate.length() - c < rest) {
            return false;
        }
        return candidate.regionMatches(c, word, w, rest);
    }
}
