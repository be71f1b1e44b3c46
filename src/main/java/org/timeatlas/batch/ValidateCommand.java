package org.timeatlas.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;
import org.timeatlas.atlas.io.PlainText;
import org.timeatlas.atlas.io.Problem;

/**
 * {@code --validate DIR}: prints every problem as {@code file:line:col: message}; exit 0 when valid, else 1.
 * Whatever the folder holds, the output is plain lines (problems escape control characters), never a trace.
 */
public final class ValidateCommand {

    private final PrintStream out;

    public ValidateCommand(PrintStream out) {
        this.out = out;
    }

    public int run(Path folder) {
        String named = PlainText.escape(folder.toString());
        LoadResult result;
        try {
            result = AtlasLoader.load(folder);
        } catch (OutOfMemoryError tooBig) {
            out.println(named + ": the atlas is too large to check in the memory given to Java (-Xmx)");
            return 1;
        }
        for (Problem problem : result.problems()) {
            out.println(problem);
        }
        if (!result.valid()) {
            out.println(named + ": " + result.problems().size() + " problem(s)");
            return 1;
        }
        Atlas atlas = result.atlas().orElseThrow();
        out.println(named + ": valid atlas \"" + atlas.info().id() + "\" — " + atlas.territories().size()
                + " territories, " + atlas.events().size() + " events, " + atlas.eras().size() + " eras, "
                + atlas.sources().size() + " sources");
        return 0;
    }
}
