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
    APPROXIMATE;

    /** How far either side of its written date an approximate date is taken to lie. */
    public static final java.time.Duration APPROXIMATE_REACH = java.time.Duration.ofDays(7);

    /**
     * The earliest moment a start written {@code start} can stand for at this certainty: the minute itself (exact),
     * the start of its day, the 1st of its month, or {@link #APPROXIMATE_REACH} before it.
     */
    public java.time.LocalDateTime earliest(java.time.LocalDateTime start) {
        return switch (this) {
            case EXACT -> start;
            case DAY -> start.toLocalDate().atStartOfDay();
            case MONTH -> start.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case APPROXIMATE -> start.minus(APPROXIMATE_REACH);
        };
    }

    /** The end (exclusive) of the interval {@link #earliest} begins: the next minute, day, month, or a week after. */
    public java.time.LocalDateTime latest(java.time.LocalDateTime start) {
        return switch (this) {
            case EXACT -> start.plusMinutes(1);
            case DAY -> start.toLocalDate().plusDays(1).atStartOfDay();
            case MONTH -> start.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            case APPROXIMATE -> start.plus(APPROXIMATE_REACH);
        };
    }
}
