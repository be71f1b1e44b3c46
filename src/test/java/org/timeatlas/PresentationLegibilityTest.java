package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.ui.WrappingText;

/**
 * Legible from the back row: the presentation of the five-days tour at 1920×1080, scaled down to 25 % (about how
 * large it looks from the back of a classroom), is still read by OCR — the caption's words and the date — in
 * English and in Hindi; and its type is as large as the issue asks (captions ≥ 34 px, the date ≥ 48 px). The
 * snapshots are left in target/presentation-snapshots to be looked at. Skipped only where tesseract or
 * ImageMagick's convert is not installed.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationLegibilityTest {

    private static final Path OUT = Path.of("target", "presentation-snapshots");
    private final App app = new App();
    private Stage stage;
    private Scene offScreen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.open(stage, LaunchOptions.parse("--date", "2008-08-05", "--size", "1280x800", "--lang", "en"));
        stage.show();
    }

    @Test
    void theCaptionAndTheDateAreReadAtAQuarterOfTheSizeInEnglishAndHindi(FxRobot robot) throws Exception {
        assumeTrue(installed("tesseract") && installed("convert"), "tesseract and ImageMagick are needed");
        Files.createDirectories(OUT);
        robot.interact(() -> app.explorer().context().commands().find("presentation.tour.five-days").orElseThrow().execute());
        robot.clickOn("#current-moment").type(KeyCode.F5);
        robot.type(KeyCode.PAGE_DOWN);
        TourStep step = app.explorer().context().tours().position().orElseThrow().current();
        resize(robot, 1920, 1080);
        double captionPx = ((javafx.scene.text.Text) find("#presentation-caption .wrapping-text-word"))
                .getFont().getSize();
        double datePx = ((Label) find("#presentation-date")).getFont().getSize();
        assertTrue(captionPx >= 34, "captions at 1920×1080: " + captionPx + " px");
        assertTrue(datePx >= 48, "the date at 1920×1080: " + datePx + " px");

        for (String language : List.of("en", "hi")) {
            robot.interact(() -> app.state().setLanguage(language));
            Path full = snapshot(robot, "five-days-step2-1920x1080-" + language + ".png");
            Path quarter = OUT.resolve("five-days-step2-1920x1080-" + language + "-25pc.png");
            run("convert", full.toString(), "-resize", "25%", quarter.toString());
            String read = ocr(quarter, language.equals("en") ? "eng" : "hin");
            Files.writeString(OUT.resolve("ocr-" + language + ".txt"), read, StandardCharsets.UTF_8);
            String date = ((Label) find("#presentation-date")).getText();
            String caption = ((WrappingText) find("#presentation-caption")).getText();
            assertEquals(step.caption().get(language), caption);
            double dateRead = shareRead(date, read);
            double captionRead = shareRead(caption, read);
            System.out.printf(Locale.ROOT, "OCR %s at 25 %%: date %.0f %%, caption %.0f %% of the words read%n",
                    language, dateRead * 100, captionRead * 100);
            // tesseract's Hindi model reads a Latin "1" as the danda "।" or drops it ("18:00" comes out "8:00"), so in
            // Hindi the day, the month and the year must be read and the time may lose its 1
            assertTrue(dateRead >= (language.equals("en") ? 1.0 : 0.75),
                    "the date \"" + date + "\" is read (" + dateRead + "): " + read);
            assertTrue(captionRead >= 0.85, "the caption is read (" + captionRead + " of its words): " + read);
        }
        resize(robot, 1024, 768);
        for (String language : List.of("en", "hi")) {
            robot.interact(() -> app.state().setLanguage(language));
            snapshot(robot, "five-days-step2-1024x768-" + language + ".png");
        }
    }

    private javafx.scene.Node find(String selector) {
        return offScreen.getRoot().lookup(selector);
    }

    /** The share of {@code text}'s words (of two letters or more, digits kept) found among the words OCR read. */
    static double shareRead(String text, String read) {
        List<String> readWords = words(read);
        List<String> wanted = words(text).stream().filter(w -> w.codePointCount(0, w.length()) >= 2 || w.matches("\\d+"))
                .toList();
        long found = wanted.stream().filter(readWords::contains).count();
        return wanted.isEmpty() ? 1 : (double) found / wanted.size();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Lays the window out at {@code width}×{@code height}. The headless test screen (1280×800) is smaller than
     * 1920×1080 and cannot take a larger window, so the window is hidden, given that size, and its content is
     * rendered off-screen in a scene of that size with the same style sheets.
     */
    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            offScreen = org.timeatlas.testing.OffScreenWindow.moveContent(stage, offScreen, width, height);
            offScreen.getRoot().applyCss();
            offScreen.getRoot().layout();
        });
        robot.interact(() -> app.explorer().context().tours().reapply());
    }

    private Path snapshot(FxRobot robot, String name) throws IOException {
        Path file = OUT.resolve(name);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            Scene scene = offScreen;
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            image[0] = scene.snapshot(null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        return file;
    }

    private static String ocr(Path image, String language) throws IOException, InterruptedException {
        Path text = Files.createTempFile("ocr", "");
        run("tesseract", image.toString(), text.toString(), "-l", language);
        Path written = Path.of(text + ".txt");
        String read = Files.readString(written, StandardCharsets.UTF_8);
        Files.deleteIfExists(written);
        Files.deleteIfExists(text);
        return read;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " ended");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }

    private static boolean installed(String program) {
        try {
            Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }
}
