package org.timeatlas.output.animation;

import java.io.IOException;

/**
 * Where an animation's frames go, one after the other, all of the same size. A sink writes to the stream it was
 * opened on; {@link #finish} completes the file, {@link #close} frees what it holds (a sink closed without
 * {@code finish} has written an incomplete file, which the caller throws away).
 */
public interface FrameSink extends AutoCloseable {

    /**
     * Adds the next frame: {@code width × height} pixels row by row, each {@code 0xAARRGGBB} (the alpha is
     * ignored: frames are opaque). The array may be reused by the caller once this returns.
     */
    void add(int[] pixels) throws IOException;

    /** Writes the end of the file; no frame may be added after it. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
