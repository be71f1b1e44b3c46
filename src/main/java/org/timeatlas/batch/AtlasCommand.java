package org.timeatlas.batch;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.Optional;
import org.timeatlas.LaunchOptions;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;

/**
 * A command that reads an atlas and writes a file without a display ({@code --export}, {@code --handout}). The
 * atlas is the folder given with {@code --atlas DIR}, else the embedded one. What was written is one line on
 * {@code out}; every refusal or failure is one line on {@code err} that begins with {@code "time-atlas: "}.
 */
abstract class AtlasCommand {

    protected final PrintStream out;
    protected final PrintStream err;

    AtlasCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs with the parsed options: exit code 0 written, 1 failed (nothing written), 2 refused the options. */
    public abstract int run(LaunchOptions options);

    /**
     * The atlas the options name; empty after writing each of its problems ({@code file:line:col: message}) and
     * {@code "time-atlas: <refusal>: the atlas has N problem(s)"} to {@code err}.
     */
    protected final Optional<Atlas> atlas(LaunchOptions options, String refusal) {
        LoadResult loaded = options.atlas() == null
                ? AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED) : AtlasLoader.load(options.atlas());
        if (!loaded.valid()) {
            loaded.problems().forEach(err::println);
            err.println("time-atlas: " + refusal + ": the atlas has " + loaded.problems().size() + " problem(s)");
            return Optional.empty();
        }
        return loaded.atlas();
    }

    /** Whether {@code --date} lies in the atlas span; when not, says so on {@code err} with the span's days. */
    protected final boolean inSpan(Atlas atlas, LocalDateTime date) {
        if (atlas.info().covers(date)) {
            return true;
        }
        err.println("time-atlas: --date " + date + " lies outside the atlas span "
                + atlas.info().start().toLocalDate() + " … " + atlas.info().end().toLocalDate());
        return false;
    }
}
