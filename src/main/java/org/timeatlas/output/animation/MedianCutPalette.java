package org.timeatlas.output.animation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Up to 255 colours for a region of a frame, chosen by median cut (Heckbert 1982) over a histogram of its
 * colours at 5 bits a channel, and the look-up from a pixel to its colour's index. Each palette colour is the
 * mean of the exact colours it stands for, so a region of few flat colours (a map: fills, lines, type) keeps
 * them exactly. Index 255 is left free for "unchanged" (transparent) pixels.
 */
final class MedianCutPalette {

    static final int COLOURS = 255;
    private static final int BINS = 1 << 15;

    private final int[] count = new int[BINS];
    private final long[] sumRed = new long[BINS];
    private final long[] sumGreen = new long[BINS];
    private final long[] sumBlue = new long[BINS];
    private final byte[] indexOfBin = new byte[BINS];
    private final byte[] red = new byte[256];
    private final byte[] green = new byte[256];
    private final byte[] blue = new byte[256];
    private int size;

    static int bin(int rgb) {
        return ((rgb >> 9) & 0x7c00) | ((rgb >> 6) & 0x03e0) | ((rgb >> 3) & 0x001f);
    }

    /** Starts a new histogram. */
    void clear() {
        Arrays.fill(count, 0);
        Arrays.fill(sumRed, 0);
        Arrays.fill(sumGreen, 0);
        Arrays.fill(sumBlue, 0);
        size = 0;
    }

    /** Counts one pixel {@code 0x..RRGGBB}. */
    void count(int rgb) {
        int bin = bin(rgb);
        count[bin]++;
        sumRed[bin] += (rgb >> 16) & 0xff;
        sumGreen[bin] += (rgb >> 8) & 0xff;
        sumBlue[bin] += rgb & 0xff;
    }

    /** Chooses the palette from the pixels counted since {@link #clear}. */
    void build() {
        int used = 0;
        int[] bins = new int[BINS];
        for (int bin = 0; bin < BINS; bin++) {
            if (count[bin] > 0) {
                bins[used++] = bin;
            }
        }
        List<Box> boxes = new ArrayList<>();
        if (used > 0) {
            boxes.add(new Box(bins, 0, used));
        }
        while (boxes.size() < COLOURS) {
            Box widest = boxes.stream().filter(b -> b.end - b.start > 1)
                    .max(Comparator.comparingLong(Box::score)).orElse(null);
            if (widest == null) {
                break;
            }
            boxes.remove(widest);
            boxes.addAll(widest.split());
        }
        size = boxes.size();
        for (int i = 0; i < size; i++) {
            Box box = boxes.get(i);
            long n = 0;
            long r = 0;
            long g = 0;
            long b = 0;
            for (int k = box.start; k < box.end; k++) {
                int bin = bins[k];
                n += count[bin];
                r += sumRed[bin];
                g += sumGreen[bin];
                b += sumBlue[bin];
                indexOfBin[bin] = (byte) i;
            }
            red[i] = (byte) Math.round((double) r / n);
            green[i] = (byte) Math.round((double) g / n);
            blue[i] = (byte) Math.round((double) b / n);
        }
    }

    /** The palette index of a pixel counted before {@link #build}. */
    byte indexOf(int rgb) {
        return indexOfBin[bin(rgb)];
    }

    /** How many colours the palette has (at most {@link #COLOURS}). */
    int size() {
        return size;
    }

    /** 256 reds, greens and blues; entries past {@link #size} are black. */
    byte[] reds() {
        return red;
    }

    byte[] greens() {
        return green;
    }

    byte[] blues() {
        return blue;
    }

    /** A box of histogram bins, {@code bins[start, end)}, with its extent per channel. */
    private final class Box {
        private final int[] bins;
        private final int start;
        private final int end;
        private final int[] min = {31, 31, 31};
        private final int[] max = {0, 0, 0};
        private long population;

        Box(int[] bins, int start, int end) {
            this.bins = bins;
            this.start = start;
            this.end = end;
            for (int k = start; k < end; k++) {
                int bin = bins[k];
                for (int channel = 0; channel < 3; channel++) {
                    int value = channelOf(bin, channel);
                    min[channel] = Math.min(min[channel], value);
                    max[channel] = Math.max(max[channel], value);
                }
                population += count[bin];
            }
        }

        /** Splitting the box with most pixels spread over the widest range first keeps common colours apart. */
        long score() {
            int side = longestSide();
            return population * (1 + max[side] - min[side]);
        }

        private int longestSide() {
            int best = 0;
            for (int channel = 1; channel < 3; channel++) {
                if (max[channel] - min[channel] > max[best] - min[best]) {
                    best = channel;
                }
            }
            return best;
        }

        /** Two boxes, split at the median pixel along the longest side. */
        List<Box> split() {
            int channel = longestSide();
            Integer[] sorted = new Integer[end - start];
            for (int k = start; k < end; k++) {
                sorted[k - start] = bins[k];
            }
            Arrays.sort(sorted, Comparator.comparingInt(bin -> channelOf(bin, channel)));
            long half = (population + 1) / 2;
            long seen = 0;
            int cut = -1;
            for (int k = 0; k < sorted.length; k++) {
                bins[start + k] = sorted[k];
                seen += count[sorted[k]];
                if (cut < 0 && seen >= half) {
                    cut = start + k + 1;
                }
            }
            cut = Math.max(start + 1, Math.min(cut, end - 1));
            return List.of(new Box(bins, start, cut), new Box(bins, cut, end));
        }
    }

    private static int channelOf(int bin, int channel) {
        return (bin >> (10 - 5 * channel)) & 0x1f;
    }
}
