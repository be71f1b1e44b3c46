package org.timeatlas.atlas.io;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;

/**
 * One flat record per event, the same columns for every export format. Values are typed: {@code importance}
 * is an {@link Integer}, {@code lon} and {@code lat} are {@link Double}s (degrees, WGS84), the rest are
 * strings; a missing value (no end, no place, no claimant) is {@code null}, which CSV writes as an empty
 * field and JSON as {@code null}. {@code start} and {@code end} are written as the atlas writes them
 * ({@code YYYY-MM-DD}, or {@code YYYY-MM-DDTHH:MM} when a time of day is given); {@code end} is exclusive.
 */
final class EventRecords {

    static final List<String> COLUMNS = List.of("id", "start", "end", "certainty", "type", "kind", "claimant",
            "importance", "lon", "lat", "territories", "title_en", "title_hi", "summary_en", "summary_hi", "finding_en",
            "sources");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private EventRecords() {
    }

    /** The Java type of a column's values: {@link Integer}, {@link Double} or {@link String}. */
    static Class<?> type(String column) {
        return switch (column) {
            case "importance" -> Integer.class;
            case "lon", "lat" -> Double.class;
            default -> String.class;
        };
    }

    static Map<String, Object> of(Event event) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", event.id());
        record.put("start", (event.startHasTime() ? MINUTE : DAY).format(event.start()));
        record.put("end", event.end() == null ? null : end(event));
        record.put("certainty", lower(event.certainty().name()));
        record.put("type", lower(event.type().name()));
        record.put("kind", event.claim() ? "claim" : "fact");
        record.put("claimant", text(event.claimant(), "en"));
        record.put("importance", event.importance());
        record.put("lon", event.location() == null ? null : event.location().lon());
        record.put("lat", event.location() == null ? null : event.location().lat());
        record.put("territories", event.territoryIds().isEmpty() ? null : String.join(";", event.territoryIds()));
        record.put("title_en", text(event.title(), "en"));
        record.put("title_hi", text(event.title(), "hi"));
        record.put("summary_en", text(event.summary(), "en"));
        record.put("summary_hi", text(event.summary(), "hi"));
        record.put("finding_en", text(event.finding(), "en"));
        record.put("sources", event.sources().isEmpty() ? null
                : event.sources().stream().map(EventRecords::citation).collect(Collectors.joining(" | ")));
        return record;
    }

    static String citation(Source source) {
        String url = source.url() == null ? "" : " <" + source.url() + ">";
        return source.citation() + url;
    }

    /** The end at the start's precision: a date when neither has a time of day. */
    private static String end(Event event) {
        LocalDateTime end = event.end();
        boolean dateOnly = !event.startHasTime() && end.toLocalTime().equals(LocalTime.MIDNIGHT);
        return (dateOnly ? DAY : MINUTE).format(end);
    }

    private static String text(LocalizedText text, String language) {
        return text == null || !text.has(language) ? null : text.get(language);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
