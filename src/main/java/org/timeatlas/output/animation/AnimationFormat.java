package org.timeatlas.output.animation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The files an animation can be written to, known by their ending. */
public enum AnimationFormat {
    /** A looping animated GIF: plays in any browser, slide program or image viewer. */
    GIF(".gif"),
    /** An H.264 video in an MP4 file: small, plays in video players and slides. */
    MP4(".mp4");

    private final String extension;

    AnimationFormat(String extension) {
        this.extension = extension;
    }

    /** ".gif" or ".mp4". */
    public String extension() {
        return extension;
    }

    /** Every format's ending, for checking a target file. */
    public static List<String> extensions() {
        return List.of(GIF.extension, MP4.extension);
    }

    /** The format {@code file}'s name ends in (in any case), or empty. */
    public static Optional<AnimationFormat> of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (AnimationFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Why frames of {@code width × height} pixels cannot be written in this format — a plain sentence — or empty.
     * H.264 needs an even width and height.
     */
    public Optional<String> sizeProblem(int width, int height) {
        if (this == MP4 && (width % 2 != 0 || height % 2 != 0)) {
            return Optional.of("an MP4 video needs an even width and height, not " + width + "x" + height);
        }
        return Optional.empty();
    }

    /** Opens a sink for frames of {@code width × height} at {@code fps} frames per second on {@code out}. */
    public FrameSink open(OutputStream out, int width, int height, int fps) throws IOException {
        return this == GIF ? new GifSink(out, width, height, fps) : new Mp4Sink(out, width, height, fps);
    }
}
