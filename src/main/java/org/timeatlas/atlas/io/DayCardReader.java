package org.timeatlas.atlas.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.timeatlas.atlas.DayCard;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Statement;

/** Reads {@code days.json}: one card per day of a focus period. */
final class DayCardReader {

    static final String FILE = "days.json";
    private static final Set<String> FIELDS = Set.of("date", "summary", "statements", "sources");
    private static final Set<String> STATEMENT_FIELDS = Set.of("speaker", "text", "sources");

    private DayCardReader() {
    }

    static List<DayCard> read(Json json, ReadContext context) {
        List<DayCard> cards = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        for (Fields fields : context.items(json, FILE, "day card", FIELDS)) {
            Fields.ParsedMoment date = fields.moment("date");
            LocalizedText summary = fields.text("summary");
            List<Source> sources = context.sources(fields);
            List<Statement> statements = new ArrayList<>();
            for (Json said : fields.optionalArray("statements").items()) {
                Fields statement = context.fields(said, "statement");
                if (statement == null) {
                    continue;
                }
                statement.rejectUnknown(STATEMENT_FIELDS);
                LocalizedText speaker = statement.text("speaker");
                LocalizedText text = statement.text("text");
                List<Source> statementSources = context.sources(statement);
                if (speaker != null && text != null && !statementSources.isEmpty()) {
                    statements.add(new Statement(speaker, text, statementSources));
                }
            }
            if (date == null || !context.checkInSpan(fields, "date", date.moment())) {
                continue;
            }
            if (date.hasTime()) {
                fields.problemAt(fields.raw("date"), "a day card's \"date\" is a day (YYYY-MM-DD), without a time");
                continue;
            }
            if (!dates.add(date.moment().toLocalDate())) {
                fields.problemAt(fields.raw("date"), "two day cards for " + date.moment().toLocalDate());
                continue;
            }
            if (summary != null && !sources.isEmpty()) {
                cards.add(new DayCard(date.moment().toLocalDate(), summary, statements, sources));
            }
        }
        cards.sort((a, b) -> a.date().compareTo(b.date()));
        return cards;
    }
}
