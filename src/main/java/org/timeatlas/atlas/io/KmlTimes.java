package org.timeatlas.atlas.io;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.timeatlas.atlas.Certainty;
import org.timeatlas.atlas.Event;

/**
 * An event's time as KML 2.2 writes it ({@code kml:dateTimeType}: {@code xs:gYearMonth}, {@code xs:date} or
 * {@code xs:dateTime}), at the precision the atlas knows it: a month-certain start as {@code 2008-08}, a
 * date-only one as {@code 2008-08-08}, a start with a time of day as {@code 2008-08-07T23:35:00}. Atlas
 * times are the local time of the region the atlas describes and carry no offset (atlas.json names no time
 * zone), so they are written as KML's local-time form, without {@code Z} or an offset.
 *
 * <p>An atlas end is exclusive (spans are half-open, {@code [start, end)}), while KML readers take a date
 * or a month in {@code <end>} to cover that whole day or month. A date-precision end is therefore written as
 * the last day (or month) included: {@code [2008-08-07, 2008-08-13)} becomes begin {@code 2008-08-07},
 * end {@code 2008-08-12}. An end with a time of day is an instant and is written as it is.
 */
final class KmlTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    private KmlTimes() {
    }

    /** The start, for {@code <TimeStamp><when>} or {@code <TimeSpan><begin>}. */
    static String begin(Event event) {
        if (hasTime(event)) {
            return DATE_TIME.format(event.start());
        }
        return (monthOnly(event) ? MONTH : DATE).format(event.start());
    }

    /** The end for {@code <TimeSpan><end>}; the event must have one. */
    static String end(Event event) {
        LocalDateTime end = event.end();
        if (hasTime(event) || !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return DATE_TIME.format(end);
        }
        if (monthOnly(event) && end.getDayOfMonth() == 1) {
            LocalDateTime lastMonth = end.minusMonths(1);
            return MONTH.format(lastMonth.isBefore(event.start()) ? event.start() : lastMonth);
        }
        LocalDateTime lastDay = end.minusDays(1);
        return DATE.format(lastDay.isBefore(event.start()) ? event.start() : lastDay);
    }

    private static boolean hasTime(Event event) {
        return event.startHasTime() || event.certainty() == Certainty.EXACT;
    }

    private static boolean monthOnly(Event event) {
        return event.certainty() == Certainty.MONTH;
    }
}
