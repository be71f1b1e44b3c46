package org.timeatlas.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;
import org.timeatlas.atlas.io.Problem;

/** {@code --validate DIR}: prints every problem as {@code file:line:col: message}; exit 0 when valid, else 1. */
public final class ValidateCommand {

    private final PrintStream out;

    public ValidateCommand(PrintStream out) {
        this.out = out;
    }

    public int run(Path folder) {
        LoadResult result = AtlasLoader.load(folder);
        for (Problem problem : result.problems()) {
            out.println(problem);
        }
        if (!result.valid()) {
            out.println(folder + ": " + result.problems().size() + " problem(s)");
            return 1;
        }
        Atlas atlas = result.atlas().orElseThrow();
        out.println(folder + ": valid atlas \"" + atlas.info().id() + "\" — " + atlas.territories().size()
                + " territories, " + atlas.events().size() + " events, " + atlas.eras().size() + " eras, "
                + atlas.sources().size() + " sources");
        return 0;
    }
}
