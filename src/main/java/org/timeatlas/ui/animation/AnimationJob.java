package org.timeatlas.ui.animation;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.timeatlas.i18n.Messages;
import org.timeatlas.output.OutputTarget;
import org.timeatlas.output.animation.AnimationSpec;
import org.timeatlas.output.animation.FrameSink;

/**
 * Writes one animation: draws each frame on the FX thread ({@link MapFrames}) while this task's own thread
 * encodes the frame before it, so drawing and encoding overlap on two cores. The file is written through
 * {@link OutputTarget} (a temporary file moved into place when complete); cancelling stops between frames and
 * leaves nothing behind. The value is the file written; the message says frames drawn and, at the end, the rate.
 */
final class AnimationJob extends Task<Path> {

    private final AnimationSpec spec;
    private final Supplier<MapFrames> frames;
    private final Messages messages;
    private volatile double framesPerSecond = Double.NaN;

    /**
     * @param frames makes the frames' explorer; called on the FX thread
     */
    AnimationJob(AnimationSpec spec, Supplier<MapFrames> frames, Messages messages) {
        this.spec = spec;
        this.frames = frames;
        this.messages = messages;
        updateTitle(messages.get("animation.job.title", spec.file().getFileName().toString()));
    }

    /** Frames drawn and encoded per second over the whole run, once it has ended; NaN before. */
    double framesPerSecond() {
        return framesPerSecond;
    }

    @Override
    protected Path call() throws Exception {
        List<LocalDateTime> moments = spec.plan().moments();
        int count = moments.size();
        updateProgress(0, count);
        MapFrames map = onFx(frames::get).join();
        long started = System.nanoTime();
        try {
            OutputTarget.write(spec.file(), out -> {
                try (FrameSink sink = spec.format().open(out, spec.width(), spec.height(), spec.fps())) {
                    int[][] buffers = {new int[spec.width() * spec.height()], new int[spec.width() * spec.height()]};
                    CompletableFuture<int[]> next = onFx(() -> map.render(moments.get(0), buffers[0]));
                    for (int i = 0; i < count; i++) {
                        int[] pixels = joined(next);
                        if (isCancelled()) {
                            throw new CancellationException();
                        }
                        if (i + 1 < count) {
                            int following = i + 1;
                            next = onFx(() -> map.render(moments.get(following), buffers[following % 2]));
                        }
                        sink.add(pixels);
                        updateProgress(i + 1, count);
                        updateMessage(messages.get("animation.job.frame", i + 1, count));
                    }
                    sink.finish();
                }
            });
            updateValue(spec.file()); // in place: see Jobs#run
        } finally {
            onFx(() -> {
                map.close();
                return null;
            });
        }
        framesPerSecond = count / ((System.nanoTime() - started) / 1e9);
        updateMessage(messages.get("animation.job.done", count, String.format(messages.locale(), "%.1f",
                framesPerSecond)));
        return spec.file();
    }

    /** The frame's pixels, or the failure that drawing it threw. */
    private static int[] joined(CompletableFuture<int[]> frame) throws java.io.IOException {
        try {
            return frame.join();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new java.io.IOException(cause);
        }
    }

    /** Runs {@code work} on the FX thread (at once when already on it). */
    static <T> CompletableFuture<T> onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable run = () -> {
            try {
                result.complete(work.get());
            } catch (Throwable failed) {
                result.completeExceptionally(failed);
            }
        };
        if (Platform.isFxApplicationThread()) {
            run.run();
        } else {
            Platform.runLater(run);
        }
        return result;
    }
}
