package org.timeatlas.atlas;

/** How precisely an event's date is known. */
public enum Certainty {
    /** To the time of day given. */
    EXACT,
    /** To the day. */
    DAY,
    /** Only the month is known; the date is the 1st. */
    MONTH,
    /** The date is an estimate. */
    APPROXIMATE
}
