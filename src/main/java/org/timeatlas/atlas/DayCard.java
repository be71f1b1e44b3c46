package org.timeatlas.atlas;

import java.time.LocalDate;
import java.util.List;

/** A day of a focus period told in brief: what happened and what each side said that day. */
public record DayCard(LocalDate date, LocalizedText summary, List<Statement> statements, List<Source> sources) {

    public DayCard {
        statements = List.copyOf(statements);
        sources = List.copyOf(sources);
    }
}
