package org.timeatlas.search;

/**
 * One text of an entry that search reads: a name (a title, a place's name in any language, a term or its
 * alias), which weighs {@value #NAME_WEIGHT} times more than body text (a summary, a definition).
 *
 * @param text     the text as written
 * @param language its language code ("en", "hi", "ka", "ru")
 * @param name     whether it names the entry rather than describes it
 */
public record SearchField(String text, String language, boolean name) {

    /** How much more a word of a name counts than a word of body text. */
    public static final double NAME_WEIGHT = 3;

    public double weight() {
        return name ? NAME_WEIGHT : 1;
    }
}
