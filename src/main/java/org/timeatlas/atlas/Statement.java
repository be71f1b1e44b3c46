package org.timeatlas.atlas;

import java.util.List;

/** What one side said on a day, attributed to its speaker. */
public record Statement(LocalizedText speaker, LocalizedText text, List<Source> sources) {

    public Statement {
        sources = List.copyOf(sources);
    }
}
