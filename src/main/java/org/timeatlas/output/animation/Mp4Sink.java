package org.timeatlas.output.animation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcodec.api.transcode.PixelStore;
import org.jcodec.api.transcode.SinkImpl;
import org.jcodec.api.transcode.VideoFrameWithPacket;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.encode.RateControl;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;

/**
 * An MP4 file with one H.264 video track (baseline profile), encoded in this process by jcodec — pure Java, no
 * external program. The container is written to a private temporary file (its index comes last and points back
 * into it) and copied to the stream by {@link #finish}; {@link #close} removes the temporary file. Pixels are
 * turned into 4:2:0 YUV here: BT.601 at the video range (Y 16–235), which is what players assume when a file
 * does not say (jcodec writes no colour description).
 */
public final class Mp4Sink implements FrameSink {

    private final OutputStream out;
    private final int width;
    private final int height;
    private final int fps;
    private final Path temporary;
    private final StillCameraSink sink;
    private final Picture picture;
    private int frames;
    private boolean closedSink;

    /**
     * Opens an MP4 of {@code width × height} pixels (both even) at {@code fps} frames per second on {@code out},
     * which the caller closes.
     *
     * @throws IOException when the temporary file cannot be made
     */
    public Mp4Sink(OutputStream out, int width, int height, int fps) throws IOException {
        if (width < 2 || height < 2 || width % 2 != 0 || height % 2 != 0 || fps < 1 || fps > 120) {
            throw new IllegalArgumentException("an H.264 video needs an even width and height and 1-120 fps, not "
                    + width + "x" + height + " at " + fps);
        }
        this.out = out;
        this.width = width;
        this.height = height;
        this.fps = fps;
        temporary = Files.createTempFile("time-atlas-", ".mp4");
        try {
            sink = new StillCameraSink(temporary);
            sink.init();
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(temporary);
            throw failed;
        }
        picture = Picture.create(width, height, ColorSpace.YUV420J);
    }

    @Override
    public void add(int[] pixels) throws IOException {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels for a " + width + "x" + height + " frame");
        }
        toYuv(pixels);
        Packet packet = Packet.createPacket(null, frames, fps, 1, frames, Packet.FrameType.KEY, null);
        sink.outputVideoFrame(new VideoFrameWithPacket(packet, new PixelStore.LoanerPicture(picture, 0)));
        frames++;
    }

    /**
     * Y at every pixel, Cb and Cr from the sum of each 2×2 block (ITU-R BT.601 coefficients × 256); jcodec keeps
     * each value minus 128 in a byte.
     */
    private void toYuv(int[] pixels) {
        byte[] luma = picture.getPlaneData(0);
        byte[] cb = picture.getPlaneData(1);
        byte[] cr = picture.getPlaneData(2);
        int chromaWidth = width / 2;
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int sumR = 0;
                int sumG = 0;
                int sumB = 0;
                for (int dy = 0; dy < 2; dy++) {
                    int at = (y + dy) * width + x;
                    for (int dx = 0; dx < 2; dx++) {
                        int rgb = pixels[at + dx];
                        int r = (rgb >> 16) & 0xff;
                        int g = (rgb >> 8) & 0xff;
                        int b = rgb & 0xff;
                        sumR += r;
                        sumG += g;
                        sumB += b;
                        luma[at + dx] = (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16 - 128);
                    }
                }
                int c = (y / 2) * chromaWidth + x / 2;
                cb[c] = (byte) ((-38 * sumR - 74 * sumG + 112 * sumB + 512) >> 10);
                cr[c] = (byte) ((112 * sumR - 94 * sumG - 18 * sumB + 512) >> 10);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        if (frames == 0) {
            throw new IllegalStateException("a video needs at least one frame");
        }
        closedSink = true;
        sink.finish();
        Files.copy(temporary, out);
    }

    @Override
    public void close() throws IOException {
        try {
            if (!closedSink) {
                closedSink = true;
                sink.finish(); // the only way to close jcodec's channel; what it writes is thrown away
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * jcodec's sink with its H.264 encoder told to look for no motion: the map never pans during an animation, so
     * a macroblock is either where it was or changed in place, and the default 16-pixel motion search only costs
     * time (measured on 1280×720 map-like frames: 127 → 30 ms of CPU a frame, the file no larger). Its frames are
     * quantised as {@link SteadyQuality} says.
     */
    private static final class StillCameraSink extends SinkImpl {
        private final H264Encoder encoder = new H264Encoder(new SteadyQuality());

        StillCameraSink(Path file) {
            super(file.toString(), Format.MOV, Codec.H264, null);
            encoder.setMotionSearchRange(0);
        }

        @Override
        protected VideoEncoder.EncodedFrame encodeVideo(Picture frame, ByteBuffer buffer) {
            return encoder.encodeFrame(frame, buffer);
        }
    }

    /**
     * One quantiser for every macroblock of every frame. jcodec's default rate control codes the frames after the
     * first with a quantiser 6 steps coarser and coarsens it again for each macroblock over its share of bits;
     * where a caption changed, the words of the frame before then stayed behind as faint ghosts (on 7–14 August
     * 2008 at 1280×720: 37–109 pixels of each frame's title band more than 12 levels off its flat background, none
     * with this; the file about a quarter larger).
     */
    private static final class SteadyQuality implements RateControl {
        /** H.264's quantisation parameter (0–51, lower is finer): jcodec's own for the first frame. */
        private static final int QP = 20;

        @Override
        public int startPicture(Size size, int maxSize, SliceType sliceType) {
            return QP;
        }

        @Override
        public int initialQpDelta() {
            return 0;
        }

        @Override
        public int accept(int bits) {
            return 0;
        }
    }
}
