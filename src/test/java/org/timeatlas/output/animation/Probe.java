package org.timeatlas.output.animation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What ffprobe, a standard player's reader, finds in a video file; the tests that use it skip where it is absent. */
public record Probe(String codec, int width, int height, int frames, double seconds) {

    /** Whether {@code ffprobe} runs here. */
    public static boolean available() {
        try {
            return run(List.of("ffprobe", "-version")).exitValue() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    /** Decodes every frame of {@code file}'s first video stream and reads its codec, size, frame count and duration. */
    public static Probe of(Path file) throws IOException, InterruptedException {
        Process process = run(List.of("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,width,height,nb_read_frames:format=duration",
                "-of", "default=noprint_wrappers=1", file.toString()));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("ffprobe failed on " + file + ": " + output);
        }
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return new Probe(values.get("codec_name"), Integer.parseInt(values.get("width")),
                Integer.parseInt(values.get("height")), Integer.parseInt(values.get("nb_read_frames")),
                Double.parseDouble(values.get("duration")));
    }

    /** Frame {@code index} of {@code file} as ffmpeg decodes it (composed over the frames before, for a GIF). */
    public static java.awt.image.BufferedImage frame(Path file, int index, Path png) throws IOException, InterruptedException {
        Process process = run(List.of("ffmpeg", "-v", "error", "-y", "-i", file.toString(), "-vf",
                "select=eq(n\\," + index + ")", "-frames:v", "1", png.toString()));
        if (process.exitValue() != 0) {
            throw new IOException("ffmpeg could not take frame " + index + " of " + file);
        }
        return javax.imageio.ImageIO.read(png.toFile());
    }

    private static Process run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish in 60 s");
        }
        return process;
    }
}
