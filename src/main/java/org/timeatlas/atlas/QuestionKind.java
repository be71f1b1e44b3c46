package org.timeatlas.atlas;

/** How a quiz question is answered. */
public enum QuestionKind {
    /** Pick one of 2–5 options. */
    CHOICE,
    /** Click a territory on the map; any of the listed ones is right. */
    TERRITORY,
    /** Set the timeline to a date, right within a tolerance of whole days. */
    DATE,
    /** Put 3–6 events in the order they happened. */
    ORDER
}
