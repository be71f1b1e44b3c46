package org.timeatlas.output.animation;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One animation to write: where, which frames, how large and how fast.
 *
 * @param file   the target file, its ending naming the format
 * @param plan   the frames' moments
 * @param width  frame width in pixels
 * @param height frame height in pixels
 * @param fps    frames per second of the file, 1–{@value #MAX_FPS}
 */
public record AnimationSpec(Path file, FramePlan plan, int width, int height, int fps) {

    /** The default frame size: 720p, what slides and video players expect. */
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 720;
    public static final int DEFAULT_FPS = 2;
    public static final int MAX_FPS = 30;
    public static final int MIN_WIDTH = 320;
    public static final int MIN_HEIGHT = 240;
    public static final int MAX_SIDE = 3840;

    public AnimationSpec {
        problem(file, width, height, fps).ifPresent(wrong -> {
            throw new IllegalArgumentException(wrong);
        });
    }

    /** Why these would make no animation — one plain sentence — or empty. */
    public static Optional<String> problem(Path file, int width, int height, int fps) {
        Optional<AnimationFormat> format = AnimationFormat.of(file);
        if (format.isEmpty()) {
            return Optional.of(file + ": an animation is written to a file ending in .gif or .mp4");
        }
        if (width < MIN_WIDTH || height < MIN_HEIGHT || width > MAX_SIDE || height > MAX_SIDE) {
            return Optional.of("a frame of " + width + "x" + height + " is outside " + MIN_WIDTH + "x" + MIN_HEIGHT
                    + " to " + MAX_SIDE + "x" + MAX_SIDE);
        }
        if (fps < 1 || fps > MAX_FPS) {
            return Optional.of(fps + " frames per second is outside 1-" + MAX_FPS);
        }
        return format.get().sizeProblem(width, height);
    }

    public AnimationFormat format() {
        return AnimationFormat.of(file).orElseThrow();
    }
}
