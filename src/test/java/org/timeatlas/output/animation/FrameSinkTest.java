package org.timeatlas.output.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GIF and MP4 writers on frames drawn like a map (flat fills, antialiased edges and type, one region and the
 * caption changing from frame to frame), read back with ffprobe and ffmpeg as a standard player would.
 */
class FrameSinkTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final Color[] FILLS = {new Color(0xd9c27a), new Color(0xb5503c), new Color(0x6b8fb5),
            new Color(0x9a9a9a), new Color(0x7fae6b)};

    @TempDir
    Path temp;

    /** Frame {@code n}: a sea, three territories (the middle one changing colour) and a caption with the date. */
    static int[] mapLike(int n, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xcfe3ef));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xf1efe6));
        g.fillPolygon(new Polygon(new int[] {width / 10, width * 9 / 10, width * 8 / 10, width / 5},
                new int[] {height / 5, height / 6, height * 9 / 10, height * 8 / 10}, 4));
        g.setColor(FILLS[n % FILLS.length]);
        g.fillOval(width / 3, height / 3, width / 4, height / 3);
        g.setColor(FILLS[(n / 3 + 1) % FILLS.length]);
        g.fillOval(width / 8, height / 2, width / 6, height / 4);
        g.setColor(new Color(0x222222));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 14));
        g.drawString((1 + n) + " August 2008, " + (n % 4) * 6 + ":00", width / 20, height / 10);
        g.dispose();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData().clone();
    }

    @Test
    void aGifLoopsPlaysEveryFrameForItsShareOfTheDurationAndShowsTheFramesAsDrawn() throws Exception {
        assumeTrue(Probe.available(), "ffprobe is not installed");
        Path gif = temp.resolve("map.gif");
        int frames = 12;
        try (OutputStream out = Files.newOutputStream(gif); GifSink sink = new GifSink(out, WIDTH, HEIGHT, 3)) {
            for (int n = 0; n < frames; n++) {
                sink.add(mapLike(n, WIDTH, HEIGHT));
            }
            sink.add(mapLike(frames - 1, WIDTH, HEIGHT)); // a frame like the one before: nothing changed
            sink.finish();
        }
        Probe probe = Probe.of(gif);
        assertEquals("gif", probe.codec());
        assertEquals(WIDTH, probe.width());
        assertEquals(HEIGHT, probe.height());
        assertEquals(frames + 1, probe.frames());
        assertEquals((frames + 1) / 3.0, probe.seconds(), 0.011, "13 frames at 3 fps, in hundredths of a second");
        byte[] bytes = Files.readAllBytes(gif);
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("NETSCAPE2.0"),
                "the looping extension");
        for (int n : new int[] {0, 5, frames - 1, frames}) {
            int[] expected = mapLike(Math.min(n, frames - 1), WIDTH, HEIGHT);
            BufferedImage decoded = Probe.frame(gif, n, temp.resolve("frame" + n + ".png"));
            assertTrue(meanDifference(expected, decoded) < 1.0,
                    "frame " + n + " differs from what was drawn by " + meanDifference(expected, decoded));
        }
    }

    @Test
    void anMp4IsH264WithEveryFrameAtTheFrameRate() throws Exception {
        assumeTrue(Probe.available(), "ffprobe is not installed");
        Path mp4 = temp.resolve("map.mp4");
        int frames = 10;
        try (OutputStream out = Files.newOutputStream(mp4); Mp4Sink sink = new Mp4Sink(out, WIDTH, HEIGHT, 2)) {
            for (int n = 0; n < frames; n++) {
                sink.add(mapLike(n, WIDTH, HEIGHT));
            }
            sink.finish();
        }
        Probe probe = Probe.of(mp4);
        assertEquals("h264", probe.codec());
        assertEquals(WIDTH, probe.width());
        assertEquals(HEIGHT, probe.height());
        assertEquals(frames, probe.frames());
        assertEquals(frames / 2.0, probe.seconds(), 0.05);
        BufferedImage decoded = Probe.frame(mp4, 7, temp.resolve("frame7.png"));
        double difference = meanDifference(mapLike(7, WIDTH, HEIGHT), decoded);
        assertTrue(difference < 6, "frame 7 differs from what was drawn by " + difference + " levels on average");
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("time-atlas-")
                    && f.getFileName().toString().endsWith(".mp4")), "the encoder's temporary file is removed");
        }
    }

    /**
     * A long caption followed by shorter ones, as the day cards' headlines follow each other: where the long one's
     * words were, the later frames must show the flat band again, not a ghost of those words.
     */
    @Test
    void anMp4LeavesNoGhostOfTheWordsOfTheFrameBefore() throws Exception {
        assumeTrue(Probe.available(), "ffprobe is not installed");
        Path mp4 = temp.resolve("captions.mp4");
        int band = 0xf6f8fa;
        try (OutputStream out = Files.newOutputStream(mp4); Mp4Sink sink = new Mp4Sink(out, WIDTH, HEIGHT, 2)) {
            sink.add(caption("Georgian minister Temur Iakobashvili went to Tskhinvali for talks", band));
            for (int n = 1; n < 4; n++) {
                sink.add(caption("Day " + n + " of the war", band));
            }
            sink.finish();
        }
        int worst = 0;
        for (int n = 1; n < 4; n++) {
            BufferedImage decoded = Probe.frame(mp4, n, temp.resolve("caption" + n + ".png"));
            // right of the short caption, where only the first frame had words
            for (int y = 8; y < 44; y++) {
                for (int x = WIDTH / 2; x < WIDTH - 8; x++) {
                    int rgb = decoded.getRGB(x, y);
                    for (int shift = 0; shift <= 16; shift += 8) {
                        worst = Math.max(worst, Math.abs(((rgb >> shift) & 0xff) - ((band >> shift) & 0xff)));
                    }
                }
            }
        }
        assertTrue(worst <= 12, "a ghost of the first caption, " + worst + " levels off the band");
    }

    /** A flat title band of colour {@code band} with {@code words} in dark type, over a sea. */
    private static int[] caption(String words, int band) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xcfe3ef));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(band));
        g.fillRect(0, 0, WIDTH, 52);
        g.setColor(new Color(0x222222));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        g.drawString(words, 12, 34);
        g.dispose();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData().clone();
    }

    @Test
    void frameRatesThatDoNotDivideAHundredStillAddUpToTheRightDuration() throws IOException {
        try (GifSink sink = new GifSink(OutputStream.nullOutputStream(), 4, 4, 3)) {
            List<Integer> delays = new ArrayList<>();
            for (int n = 0; n < 6; n++) {
                delays.add(sink.delayOf(n));
            }
            assertEquals(List.of(33, 34, 33, 33, 34, 33), delays);
        }
    }

    /** Mean absolute difference per channel, 0–255, between drawn pixels and a decoded image. */
    static double meanDifference(int[] expected, BufferedImage decoded) {
        long sum = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int a = expected[y * WIDTH + x];
                int b = decoded.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * WIDTH * HEIGHT);
    }
}
