package org.timeatlas.atlas.io;

import java.util.List;
import java.util.Optional;
import org.timeatlas.atlas.Atlas;

/** The outcome of loading an atlas: the atlas when it has no problems, and every problem found. */
public record LoadResult(Optional<Atlas> atlas, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && atlas.isPresent();
    }
}
