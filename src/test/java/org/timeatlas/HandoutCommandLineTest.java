package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --handout}: a PDF without a display, and one-line refusals that write nothing. */
class HandoutCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @Test
    void aHandoutOfAMomentInHindiOnLetterPaper() throws Exception {
        Path file = folder.resolve("handout.pdf");
        assertEquals(0, run("--handout", file.toString(), "--date", "2008-08-08", "--lang", "hi", "--paper", "letter"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote a letter handout ("), out.toString());
        PdfReader reader = new PdfReader(file.toString());
        assertTrue(reader.getNumberOfPages() >= 2);
        assertEquals(612, Math.round(reader.getPageSize(1).getWidth()));
        reader.close();
    }

    @Test
    void aHandoutOfATourHasItsSteps() throws Exception {
        Path file = folder.resolve("tour.pdf");
        assertEquals(0, run("--handout", file.toString(), "--tour", "five-days", "--paper", "a4"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s)wrote a a4 handout \\(\\d+ steps, \\d+ sources\\).*"),
                out.toString());
    }

    @Test
    void wrongInputIsOneLineAndNoFile() {
        Path file = folder.resolve("h.pdf");
        assertEquals(2, run("--handout", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--handout needs --date"));
        err.reset();
        assertEquals(2, run("--handout", file.toString(), "--tour", "no-such-tour"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such tour"));
        err.reset();
        assertEquals(2, run("--handout", folder.resolve("h.txt").toString(), "--date", "2008-08-08"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs a file ending in .pdf"));
        err.reset();
        assertEquals(2, run("--handout", folder.resolve("missing/h.pdf").toString(), "--date", "2008-08-08"));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count(), err.toString());
        err.reset();
        assertEquals(2, run("--handout", file.toString(), "--date", "2008-08-08", "--paper", "a5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("write a4 or letter"));
        assertFalse(Files.exists(file));
        assertEquals(0, folder.toFile().list().length);
    }

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
