package org.timeatlas.search;

/** The kinds of things search finds, in the order their groups are shown. */
public enum SearchGroup {
    EVENTS, PLACES, TERRITORIES, TERMS, TOURS
}
