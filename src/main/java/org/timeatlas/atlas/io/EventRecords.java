package org.timeatlas.atlas.io;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;

/** One flat record per event, the same columns for every export format. */
final class EventRecords {

    static final List<String> COLUMNS = List.of("id", "start", "end", "certainty", "type", "kind", "claimant",
            "importance", "lon", "lat", "territories", "title_en", "title_hi", "summary_en", "summary_hi", "finding_en",
            "sources");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private EventRecords() {
    }

    static Map<String, String> of(Event event) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", event.id());
        record.put("start", (event.startHasTime() ? MINUTE : DAY).format(event.start()));
        record.put("end", event.end() == null ? "" : MINUTE.format(event.end()));
        record.put("certainty", lower(event.certainty().name()));
        record.put("type", lower(event.type().name()));
        record.put("kind", event.claim() ? "claim" : "fact");
        record.put("claimant", text(event.claimant(), "en"));
        record.put("importance", Integer.toString(event.importance()));
        record.put("lon", event.location() == null ? "" : Double.toString(event.location().lon()));
        record.put("lat", event.location() == null ? "" : Double.toString(event.location().lat()));
        record.put("territories", String.join(";", event.territoryIds()));
        record.put("title_en", text(event.title(), "en"));
        record.put("title_hi", text(event.title(), "hi"));
        record.put("summary_en", text(event.summary(), "en"));
        record.put("summary_hi", text(event.summary(), "hi"));
        record.put("finding_en", text(event.finding(), "en"));
        record.put("sources", event.sources().stream().map(EventRecords::citation).collect(Collectors.joining(" | ")));
        return record;
    }

    static String citation(Source source) {
        String url = source.url() == null ? "" : " <" + source.url() + ">";
        return source.citation() + url;
    }

    private static String text(LocalizedText text, String language) {
        return text == null || !text.has(language) ? "" : text.get(language);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
