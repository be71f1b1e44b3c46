package org.timeatlas.output.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Tour;
import org.timeatlas.i18n.Messages;
import org.timeatlas.output.OutputTarget;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.StateIndex;

/** The handout: its content for a moment and a tour, and the PDF it makes, in English and Hindi. */
class HandoutTest {

    private static final LocalDateTime AUGUST_10 = LocalDateTime.of(2008, 8, 10, 0, 0);
    private static Atlas atlas;
    private static StateIndex index;
    private static HandoutWriter writer;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
        index = new StateIndex(atlas);
        writer = new HandoutWriter(MapPicture.of(atlas, index));
    }

    @Test
    void augustTenthListsTheEventsTheExplorerListsWithNumberedSources() {
        Handout handout = HandoutContent.forMoment(atlas, index, AUGUST_10, "en", e -> true);
        List<Event> around = index.eventsAround(AUGUST_10, HandoutContent.window(
                new org.timeatlas.time.TimeAxis(atlas.info().axis()), AUGUST_10));
        assertFalse(around.isEmpty());
        assertEquals(around.stream().map(e -> e.title().get("en")).toList(),
                handout.items().stream().map(Handout.Item::title).toList());
        int cited = handout.items().stream().mapToInt(i -> i.sources().stream().mapToInt(n -> n).max().orElse(0)).max().orElseThrow();
        assertEquals(handout.sources().size(), cited, "every numbered source is cited and every number has a source");
        assertTrue(handout.items().stream().anyMatch(i -> i.attribution().startsWith("Claim by ")), "claims name their claimant");
        assertTrue(handout.territories().stream().anyMatch(t -> t.name().contains("South Ossetia")));
        assertFalse(handout.legend().isEmpty());
        assertFalse(handout.credits().isEmpty());
    }

    @Test
    void englishPdfHasTheMapPageAndTheEventTitlesAsText() throws Exception {
        Handout handout = HandoutContent.forMoment(atlas, index, AUGUST_10, "en", e -> true);
        byte[] pdf = write(handout, Paper.A4);
        PdfReader reader = new PdfReader(pdf);
        try {
            assertTrue(reader.getNumberOfPages() >= 2, "the map page and at least one page of events");
            assertEquals(595, Math.round(reader.getPageSize(1).getWidth()));
            assertEquals(842, Math.round(reader.getPageSize(1).getHeight()));
            String text = pdfText(pdf);
            assertTrue(text.contains("10 August 2008"));
            for (Handout.Item item : handout.items()) {
                assertTrue(text.contains(item.title().replaceAll("\\s+", " ")), "title as text: " + item.title());
            }
            assertTrue(text.contains("Sources"));
        } finally {
            reader.close();
        }
    }

    @Test
    void hindiPdfExtractsAsTheHindiTextWithConjunctsIntact() throws Exception {
        Handout handout = HandoutContent.forMoment(atlas, index, AUGUST_10, "hi", e -> true);
        Path file = Files.createTempFile("handout-hi", ".pdf");
        try {
            Files.write(file, write(handout, Paper.A4));
            String text = run("pdftotext", "-enc", "UTF-8", file.toString(), "-").replaceAll("\\s+", " ");
            assertTrue(text.contains(handout.title()), "the Hindi title as typed: " + handout.title());
            for (Handout.Item item : handout.items()) {
                assertTrue(text.contains(item.title().replaceAll("\\s+", " ")), "Hindi title as text: " + item.title());
            }
            assertTrue(text.contains("क्षेत्र"), "a conjunct (क्ष) comes back as its letters");
            String info = run("pdfinfo", file.toString());
            assertTrue(info.contains("A4"), info);
            String fonts = run("pdffonts", file.toString());
            assertTrue(fonts.contains("NotoSansDevanagari-Regular") && fonts.lines().filter(l -> l.contains("Noto"))
                    .allMatch(l -> l.contains(" yes yes ")), "Noto embedded as subsets:\n" + fonts);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void letterPaperIsEightAndAHalfByEleven() throws IOException {
        PdfReader reader = new PdfReader(write(HandoutContent.forMoment(atlas, index, AUGUST_10, "en", e -> true),
                Paper.LETTER));
        assertEquals(612, Math.round(reader.getPageSize(1).getWidth()));
        assertEquals(792, Math.round(reader.getPageSize(1).getHeight()));
        reader.close();
        assertEquals(Paper.LETTER, Paper.forLocale(Locale.US));
        assertEquals(Paper.A4, Paper.forLocale(Locale.forLanguageTag("hi-IN")));
        assertThrows(IllegalArgumentException.class, () -> Paper.parse("a5"));
    }

    @Test
    void aTourHandoutHasOneItemPerStepAndTheMapAtTheChosenStep() throws Exception {
        Tour tour = atlas.tour("five-days").orElseThrow();
        Handout handout = HandoutContent.forTour(atlas, index, tour, 2, "en");
        assertEquals(tour.steps().size(), handout.items().size());
        assertEquals(tour.steps().get(2).moment(), handout.moment());
        assertEquals(tour.title().get("en"), handout.subtitle());
        assertEquals(tour.steps().get(0).caption().get("en"), handout.items().get(0).text().lines().findFirst().orElseThrow());
        String text = pdfText(write(handout, Paper.A4));
        assertTrue(text.contains("Step 1 of " + tour.steps().size()), text);
        assertTrue(text.contains(tour.title().get("en")), text);
    }

    @Test
    void everyFontInTheHandoutIsEmbeddedInEnglishAndHindi() throws Exception {
        for (String language : List.of("en", "hi")) {
            PdfReader reader = new PdfReader(write(HandoutContent.forMoment(atlas, index, AUGUST_10, language,
                    e -> true), Paper.A4));
            int fonts = 0;
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (reader.getPdfObject(i) instanceof com.lowagie.text.pdf.PdfDictionary font
                        && com.lowagie.text.pdf.PdfName.FONT.equals(font.get(com.lowagie.text.pdf.PdfName.TYPE))
                        && !com.lowagie.text.pdf.PdfName.TYPE0.equals(font.get(com.lowagie.text.pdf.PdfName.SUBTYPE))) {
                    fonts++;
                    com.lowagie.text.pdf.PdfDictionary descriptor = font.getAsDict(
                            com.lowagie.text.pdf.PdfName.FONTDESCRIPTOR);
                    assertTrue(descriptor != null && (descriptor.contains(com.lowagie.text.pdf.PdfName.FONTFILE)
                            || descriptor.contains(com.lowagie.text.pdf.PdfName.FONTFILE2)
                            || descriptor.contains(com.lowagie.text.pdf.PdfName.FONTFILE3)),
                            language + ": not embedded: " + font.get(com.lowagie.text.pdf.PdfName.BASEFONT));
                }
            }
            reader.close();
            assertTrue(fonts >= 2, language + ": " + fonts + " fonts");
        }
    }

    @Test
    void theSpacesBetweenHindiWordsAreSetWithTheWordsSoNoLineBeginsWithOne() throws Exception {
        com.lowagie.text.Phrase hindi = HandoutWriter.phrase("रूसी विमानों ने फिर त्बिलिसी के किनारे सैन्य हवाई पट्टी पर बमबारी की", 10,
                false, java.awt.Color.BLACK);
        for (Object element : hindi) {
            String text = ((com.lowagie.text.Chunk) element).getContent();
            assertFalse(text.isBlank(), "a run of spaces alone between Hindi words: " + hindi.getChunks());
        }
        String text = run("pdftotext", "-layout", "-enc", "UTF-8", "-f", "2", fileOf(write(
                HandoutContent.forMoment(atlas, index, AUGUST_10, "hi", e -> true), Paper.A4)).toString(), "-");
        assertTrue(text.lines().noneMatch(line -> line.matches(" \\S.*")), "a line begins with a space:\n" + text);
    }

    @Test
    void noHeadingEndsAPageAlone() throws Exception {
        // the Hindi handout of the Abkhazia tour ended page 5 with the heading of the glossary, its terms on page 6
        Tour tour = atlas.tour("abkhazia-1992-1993").orElseThrow();
        Messages hindi = new Messages("hi");
        Path pdf = fileOf(write(HandoutContent.forTour(atlas, index, tour, 0, "hi"), Paper.A4));
        PdfReader reader = new PdfReader(pdf.toString());
        int pages = reader.getNumberOfPages();
        reader.close();
        List<String> headings = List.of(hindi.get("handout.glossary"), hindi.get("handout.sources"));
        for (int page = 1; page <= pages; page++) {
            List<String> lines = run("pdftotext", "-layout", "-enc", "UTF-8", "-f", String.valueOf(page), "-l",
                    String.valueOf(page), pdf.toString(), "-").lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
            // the last line is the footer (title and page number); the one before is the page's last text
            String last = lines.size() >= 2 ? lines.get(lines.size() - 2) : "";
            assertFalse(headings.contains(last), "page " + page + " ends with the heading " + last);
        }
    }

    @Test
    void aMomentWithoutEventsSaysSo() {
        Handout handout = HandoutContent.forMoment(atlas, index, AUGUST_10, "en", e -> false);
        assertEquals(1, handout.items().size());
        assertTrue(handout.items().get(0).title().contains("No event"));
        assertTrue(handout.sources().isEmpty());
    }

    @Test
    void cancellingLeavesNoFile(@TempDir Path folder) {
        Handout handout = HandoutContent.forMoment(atlas, index, AUGUST_10, "en", e -> true);
        Path file = folder.resolve("handout.pdf");
        assertThrows(CancellationException.class,
                () -> OutputTarget.write(file, out -> writer.write(handout, Paper.A4, out, () -> true)));
        assertFalse(Files.exists(file));
        assertEquals(0, folder.toFile().list().length, "no temporary file left either");
    }

    private static byte[] write(Handout handout, Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(handout, paper, out, () -> false);
        return out.toByteArray();
    }

    private static Path fileOf(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("handout", ".pdf");
        file.toFile().deleteOnExit();
        Files.write(file, pdf);
        return file;
    }

    /** The text of {@code pdf} as pdftotext reads it (it follows the shaped runs' ActualText), spaces folded. */
    private static String pdfText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("handout", ".pdf");
        try {
            Files.write(file, pdf);
            return run("pdftotext", "-enc", "UTF-8", file.toString(), "-").replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The output of a poppler tool; the test is skipped where it is not installed. */
    private static String run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            Assumptions.abort(command[0] + " is not installed");
            return "";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
