package org.timeatlas.ui.animation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.PlainText;
import org.timeatlas.i18n.Messages;
import org.timeatlas.output.animation.AnimationSpec;
import org.timeatlas.ui.feature.ExplorerFeature;

/**
 * {@code --animate}: writes the animation on the calling thread (not the FX thread, which must be running and
 * draws the frames) and says what it wrote: "wrote war.gif: 21 frames, 1280x720, 2 fps (10.5 s); 23.4 frames
 * drawn and encoded a second". Exit code 0 when written, 1 with one line when not.
 */
public final class AnimateCommand {

    private final PrintStream out;
    private final PrintStream err;

    public AnimateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Writes {@code spec} of {@code atlas} in {@code language}, the map drawn by {@code features} (the map feature
     * and those that draw on it).
     */
    public int run(Atlas atlas, Supplier<List<ExplorerFeature>> features, AnimationSpec spec, String language) {
        boolean withTime = spec.plan().step().showsTime();
        AnimationJob job = new AnimationJob(spec, () -> new MapFrames(atlas, features.get(), FrameLook.plain(language),
                spec.width(), spec.height(), withTime, spec.plan().from()), new Messages(language));
        job.run();
        try {
            Path written = job.get();
            int frames = spec.plan().moments().size();
            out.printf(java.util.Locale.ROOT, "wrote %s: %d frames, %dx%d, %d fps (%.1f s); %.1f frames drawn and encoded a second%n",
                    written, frames, spec.width(), spec.height(), spec.fps(), frames / (double) spec.fps(),
                    job.framesPerSecond());
            return 0;
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            err.println("time-atlas: cannot write " + PlainText.escape(spec.file().toString()) + ": "
                    + PlainText.escape(message));
            return 1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            err.println("time-atlas: interrupted; no animation written");
            return 1;
        }
    }
}
