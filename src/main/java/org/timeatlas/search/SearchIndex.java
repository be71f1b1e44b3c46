package org.timeatlas.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.timeatlas.atlas.Atlas;

/**
 * Search over an atlas's events, places, territories, glossary terms and tours in every language they are
 * written in, built once per atlas. Texts are compared {@linkplain Folding folded}; a query's words must all be
 * found in an entry (in any of its texts), each as a whole word, the start of a word, or — for words of
 * {@value #FUZZY_MIN_LENGTH} letters or more — the start of a word with one letter changed, added, dropped or
 * swapped ("Кодори" finds "Кодорское", "कोडोरी" finds "कोदोरी"). A word counts most when exact and in a name.
 *
 * <p>Cost: the words of all texts form one sorted vocabulary with a posting list per word; a query looks its
 * words up there (exact and prefix by binary search, the one-edit forms by a scan of the vocabulary), so a
 * keystroke does not read the texts again.
 */
public final class SearchIndex {

    /** Query words shorter than this are matched exactly or as prefixes only. */
    public static final int FUZZY_MIN_LENGTH = 5;

    static final double EXACT = 1.0;
    static final double PREFIX = 0.7;
    static final double ONE_EDIT = 0.3;
    /** Added when a name starts with the whole query as typed (folded). */
    static final double NAME_STARTS_WITH_QUERY = 2.0;

    private final List<SearchEntry> entries;
    private final String[] vocabulary;
    /** An entry's fields after this many are not read (no entry of an atlas comes near it). */
    private static final int MAX_FIELDS = 256;

    /** For each word of the vocabulary, every field it occurs in: entry index &lt;&lt; 9 | field index &lt;&lt; 1 | 1 for a name. */
    private final long[][] postings;
    /** For each entry, its name fields folded, to reward a name that starts with the whole query. */
    private final String[][] foldedNames;

    private SearchIndex(List<SearchEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Postings> byWord = new HashMap<>();
        foldedNames = new String[entries.size()][];
        for (int e = 0; e < entries.size(); e++) {
            List<SearchField> fields = entries.get(e).fields();
            List<String> names = new ArrayList<>();
            for (int f = 0; f < Math.min(fields.size(), MAX_FIELDS); f++) {
                SearchField field = fields.get(f);
                if (field.name()) {
                    names.add(Folding.fold(field.text()));
                }
                long posting = ((long) e << 9) | ((long) f << 1) | (field.name() ? 1 : 0);
                for (String word : Folding.words(field.text())) {
                    byWord.computeIfAbsent(word, w -> new Postings()).add(posting);
                }
            }
            foldedNames[e] = names.toArray(String[]::new);
        }
        vocabulary = byWord.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        postings = new long[vocabulary.length][];
        for (int i = 0; i < vocabulary.length; i++) {
            postings[i] = byWord.get(vocabulary[i]).toArray();
        }
    }

    /** A growing list of postings without boxing; a posting repeated at once (a word twice in a field) is kept once. */
    private static final class Postings {
        private long[] items = new long[4];
        private int size;

        void add(long posting) {
            if (size > 0 && items[size - 1] == posting) {
                return;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = posting;
        }

        long[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    /** The index of {@code atlas}'s events, places, territories, glossary and tours. */
    public static SearchIndex of(Atlas atlas) {
        return new SearchIndex(AtlasEntries.of(atlas));
    }

    /** An index of the given entries (for tests and other sources). */
    public static SearchIndex of(List<SearchEntry> entries) {
        return new SearchIndex(entries);
    }

    /** How many distinct folded words the index holds. */
    public int vocabularySize() {
        return vocabulary.length;
    }

    public int size() {
        return entries.size();
    }

    /**
     * The entries that match every word of {@code query}, grouped, at most {@code perGroup} per group, best first
     * (ties: the entry's boost, then the atlas's order). A query without words finds nothing.
     */
    public SearchResults search(String query, int perGroup) {
        List<String> words = Folding.words(query == null ? "" : query);
        if (words.isEmpty()) {
            return new SearchResults(query, Map.of(), Map.of());
        }
        int n = entries.size();
        double[] total = new double[n];
        int[] wordsFound = new int[n];
        double[] bestOfField = new double[n];
        int[] bestField = new int[n];
        double[] thisWord = new double[n];
        int[] touched = new int[n];
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            int touchedCount = 0;
            for (int v = 0; v < vocabulary.length; v++) {
                double quality = quality(word, vocabulary[v]);
                if (quality == 0) {
                    continue;
                }
                double asName = quality * SearchField.NAME_WEIGHT;
                for (long posting : postings[v]) {
                    int e = (int) (posting >>> 9);
                    if (wordsFound[e] != w) {
                        continue; // an earlier word was not found in this entry
                    }
                    int f = (int) ((posting >>> 1) & 0xFF);
                    double value = (posting & 1) != 0 ? asName : quality;
                    if (thisWord[e] == 0) {
                        touched[touchedCount++] = e;
                    }
                    if (value > thisWord[e]) {
                        thisWord[e] = value;
                    }
                    if (value > bestOfField[e]) {
                        bestOfField[e] = value;
                        bestField[e] = f;
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int e = touched[t];
                total[e] += thisWord[e];
                wordsFound[e]++;
                thisWord[e] = 0;
            }
        }
        return collect(query, words.size(), total, wordsFound, bestField, perGroup);
    }

    private SearchResults collect(String query, int wordCount, double[] total, int[] wordsFound, int[] bestField,
                                  int perGroup) {
        String whole = Folding.fold(query.strip());
        int groups = SearchGroup.values().length;
        int[] counts = new int[groups];
        int[][] best = new int[groups][perGroup];
        double[] score = new double[entries.size()];
        for (int e = 0; e < entries.size(); e++) {
            if (wordsFound[e] != wordCount) {
                continue;
            }
            score[e] = total[e] + entries.get(e).boost();
            for (String name : foldedNames[e]) {
                if (name.startsWith(whole)) {
                    score[e] += NAME_STARTS_WITH_QUERY;
                    break;
                }
            }
            int g = entries.get(e).group().ordinal();
            keepBest(best[g], Math.min(counts[g], perGroup), e, score);
            counts[g]++;
        }
        Map<SearchGroup, List<SearchHit>> hits = new EnumMap<>(SearchGroup.class);
        Map<SearchGroup, Integer> totals = new EnumMap<>(SearchGroup.class);
        for (SearchGroup group : SearchGroup.values()) {
            int count = counts[group.ordinal()];
            if (count == 0) {
                continue;
            }
            totals.put(group, count);
            List<SearchHit> list = new ArrayList<>();
            for (int i = 0; i < Math.min(count, perGroup); i++) {
                int e = best[group.ordinal()][i];
                list.add(new SearchHit(entries.get(e), score[e], entries.get(e).fields().get(bestField[e])));
            }
            hits.put(group, list);
        }
        return new SearchResults(query, hits, totals);
    }

    /**
     * Puts entry {@code e} into {@code best}, the {@code kept} best so far in order (higher score first, then the
     * earlier entry), if it belongs there; the array holds at most its length.
     */
    private static void keepBest(int[] best, int kept, int e, double[] score) {
        if (best.length == 0) {
            return;
        }
        int at = kept;
        while (at > 0 && score[best[at - 1]] < score[e]) { // entries come in order: an equal score stays before
            at--;
        }
        if (at >= best.length) {
            return;
        }
        int last = Math.min(kept, best.length - 1);
        System.arraycopy(best, at, best, at + 1, last - at);
        best[at] = e;
    }

    /** How well the folded query word {@code word} matches the vocabulary word {@code candidate}; 0 for not. */
    private static double quality(String word, String candidate) {
        if (candidate.startsWith(word)) {
            return candidate.length() == word.length() ? EXACT : PREFIX;
        }
        if (word.length() >= FUZZY_MIN_LENGTH && OneEdit.prefixWithin(word, candidate)) {
            return ONE_EDIT;
        }
        return 0;
    }
}
