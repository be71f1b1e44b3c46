package org.timeatlas.output.animation;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF (GIF89a) written with the JDK's own ImageIO writer, looping for ever (the NETSCAPE2.0
 * application extension). The first frame is whole; each later one is only the rectangle of pixels that changed,
 * drawn over the frame before it ("do not dispose"), with its unchanged pixels transparent, so a frame in which
 * one territory changed colour costs little to write. Each frame has its own palette of up to 255 colours
 * (median cut, no dithering: a map is made of flat colours). Frame delays are in hundredths of a second, as GIF
 * counts them, rounded so that the total duration is the frame count divided by the frame rate.
 */
public final class GifSink implements FrameSink {

    private static final int UNCHANGED = 255;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final int width;
    private final int height;
    private final double fps;
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int[] previous;
    private final MedianCutPalette palette = new MedianCutPalette();
    private int frames;
    private boolean finished;

    /**
     * Opens a GIF of {@code width × height} pixels at {@code fps} frames per second on {@code out}, which the
     * caller closes.
     *
     * @throws IOException when the JDK has no GIF writer or {@code out} fails
     */
    public GifSink(OutputStream out, int width, int height, double fps) throws IOException {
        if (width < 1 || height < 1 || width > 65535 || height > 65535 || !(fps > 0) || fps > 100) {
            throw new IllegalArgumentException("a GIF of " + width + "x" + height + " at " + fps + " fps");
        }
        this.width = width;
        this.height = height;
        this.fps = fps;
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        writer = writers.next();
        stream = ImageIO.createImageOutputStream(new Unclosed(out));
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
        previous = new int[width * height];
    }

    @Override
    public void add(int[] pixels) throws IOException {
        if (finished) {
            throw new IllegalStateException("the GIF is finished");
        }
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels for a " + width + "x" + height + " frame");
        }
        int[] box = frames == 0 ? new int[] {0, 0, width, height} : changedBox(pixels);
        boolean delta = frames > 0;
        int left = box[0];
        int top = box[1];
        int w = Math.max(1, box[2] - box[0]);
        int h = Math.max(1, box[3] - box[1]);
        palette.clear();
        for (int y = top; y < top + h; y++) {
            int row = y * width;
            for (int x = left; x < left + w; x++) {
                int pixel = pixels[row + x];
                if (!delta || pixel != previous[row + x]) {
                    palette.count(pixel);
                }
            }
        }
        palette.build();
        IndexColorModel colours = new IndexColorModel(8, 256, palette.reds(), palette.greens(), palette.blues(),
                UNCHANGED);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, colours);
        byte[] indices = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int i = 0;
        for (int y = top; y < top + h; y++) {
            int row = y * width;
            for (int x = left; x < left + w; x++) {
                int pixel = pixels[row + x];
                indices[i++] = delta && pixel == previous[row + x] ? (byte) UNCHANGED : palette.indexOf(pixel);
            }
        }
        System.arraycopy(pixels, 0, previous, 0, pixels.length);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
        describe(metadata, left, top, w, h, delayOf(frames));
        writer.writeToSequence(new IIOImage(image, null, metadata), param);
        frames++;
    }

    /** The smallest box {minX, minY, maxX, maxY} (max exclusive) holding every changed pixel; empty: all 0. */
    private int[] changedBox(int[] pixels) {
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int first = -1;
            for (int x = 0; x < width; x++) {
                if (pixels[row + x] != previous[row + x]) {
                    first = x;
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            int last = first;
            for (int x = width - 1; x > first; x--) {
                if (pixels[row + x] != previous[row + x]) {
                    last = x;
                    break;
                }
            }
            minY = Math.min(minY, y);
            maxY = y;
            minX = Math.min(minX, first);
            maxX = Math.max(maxX, last);
        }
        return maxY < 0 ? new int[] {0, 0, 1, 1} : new int[] {minX, minY, maxX + 1, maxY + 1};
    }

    /** Hundredths of a second frame {@code index} stays, rounded so that the sum never drifts from index / fps. */
    int delayOf(int index) {
        return (int) (Math.round(100.0 * (index + 1) / fps) - Math.round(100.0 * index / fps));
    }

    private void describe(IIOMetadata metadata, int left, int top, int w, int h, int delay)
            throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(left));
        descriptor.setAttribute("imageTopPosition", Integer.toString(top));
        descriptor.setAttribute("imageWidth", Integer.toString(w));
        descriptor.setAttribute("imageHeight", Integer.toString(h));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", frames > 0 ? "TRUE" : "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", Integer.toString(UNCHANGED));
        if (frames == 0) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, for ever
            extensions.appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    @Override
    public void finish() throws IOException {
        if (frames == 0) {
            throw new IllegalStateException("a GIF needs at least one frame");
        }
        finished = true;
        writer.endWriteSequence();
        stream.flush();
    }

    @Override
    public void close() throws IOException {
        writer.dispose();
        stream.close();
    }

    /** The caller's stream, which closing the image stream must leave open. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
