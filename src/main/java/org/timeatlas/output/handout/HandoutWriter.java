package org.timeatlas.output.handout;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.timeatlas.atlas.Status;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.WorldBox;
import org.timeatlas.i18n.Messages;

/**
 * Lays a {@link Handout} out as a PDF: page 1 the title, the moment, the map (vector shapes) with its scale bar,
 * the legend and the atlas credits; then the items with their attribution, finding and source numbers, the
 * territories' status, the glossary terms and the numbered sources. Text is in the shipped Noto fonts, shaped
 * (Devanagari conjuncts and vowel signs) and selectable; every page carries the title and its number.
 */
public final class HandoutWriter {

    private static final float MARGIN = 48;
    private static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final Color MUTED = new Color(0x5f, 0x5b, 0x52);
    private static final Color RULE = new Color(0xc8, 0xc4, 0xb8);

    private final MapPicture map;

    /** @param map draws the map of page 1 */
    public HandoutWriter(MapPicture map) {
        this.map = map;
    }

    /**
     * Writes {@code handout} on {@code paper} to {@code out} (not closed). {@code cancelled} is asked between
     * items; when it says true the writing stops with {@link java.util.concurrent.CancellationException}, and the
     * caller discards what was written (see {@link org.timeatlas.output.OutputTarget#write}).
     *
     * @throws IOException if the PDF cannot be made or written
     */
    public void write(Handout handout, Paper paper, OutputStream out, BooleanSupplier cancelled) throws IOException {
        Messages messages = new Messages(handout.language());
        Document document = new Document(paper.size(), MARGIN, MARGIN, MARGIN, MARGIN + 14);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer(handout.title(), messages));
            document.addTitle(handout.title() + " — " + handout.subtitle());
            document.addCreator("Time Atlas");
            document.open();
            firstPage(document, writer, handout, messages);
            check(cancelled);
            document.newPage();
            heading(document, writer, handout.itemsHeading());
            for (Handout.Item item : handout.items()) {
                check(cancelled);
                item(document, item);
            }
            heading(document, writer, messages.get("handout.territories", messages.moment(handout.moment(), false)));
            document.add(territories(handout, messages));
            if (!handout.terms().isEmpty()) {
                heading(document, writer, messages.get("handout.glossary"));
                for (Handout.Term term : handout.terms()) {
                    Paragraph line = new Paragraph(phrase(term.term() + ": ", 10, true, INK));
                    line.add(phrase(term.definition(), 10, false, INK));
                    line.setSpacingAfter(3);
                    document.add(line);
                }
            }
            check(cancelled);
            if (!handout.sources().isEmpty()) {
                heading(document, writer, messages.get("handout.sources"));
                int number = 1;
                for (String source : handout.sources()) {
                    Paragraph line = new Paragraph(phrase("[" + number++ + "] " + source, 8.5f, false, INK));
                    line.setIndentationLeft(14);
                    line.setFirstLineIndent(-14);
                    line.setSpacingAfter(2);
                    document.add(line);
                }
            }
            document.close();
        } catch (java.util.concurrent.CancellationException cancel) {
            throw cancel;
        } catch (RuntimeException failed) {
            throw new IOException("the handout could not be laid out: " + failed.getMessage(), failed);
        }
    }

    private void firstPage(Document document, PdfWriter writer, Handout handout, Messages messages) {
        document.add(new Paragraph(phrase(handout.title(), 20, true, INK)));
        Paragraph subtitle = new Paragraph(phrase(handout.subtitle(), 14, false, MUTED));
        subtitle.setSpacingAfter(8);
        document.add(subtitle);
        if (!handout.subtitle().equals(messages.moment(handout.moment(), false))) {
            Paragraph at = new Paragraph(phrase(messages.get("handout.map.at", messages.moment(handout.moment(),
                    false)), 11, false, MUTED));
            at.setSpacingAfter(6);
            document.add(at);
        }
        float width = document.getPageSize().getWidth() - 2 * MARGIN;
        WorldBox box = map.home();
        float height = (float) Math.min(width * box.height() / box.width(),
                (document.getPageSize().getHeight() - 2 * MARGIN) * 0.62);
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate picture = canvas.createTemplate(width, height);
        Graphics2D g = picture.createGraphicsShapes(width, height);
        try {
            MapView view = map.draw(g, width, height, box, handout.moment());
            map.drawNames(g, view, messages.language(), 7f, List.of(MapPicture.scaleBarBox(view, width / 4, 8f)));
            MapPicture.drawScaleBar(g, view, width / 4, 8f, km -> scaleLabel(messages, km));
            g.setColor(INK);
            g.draw(new java.awt.geom.Rectangle2D.Double(0.25, 0.25, width - 0.5, height - 0.5));
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(picture);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(8);
        document.add(image);
        document.add(legend(writer, handout.legend(), handout.language()));
        Paragraph creditsHeading = new Paragraph(phrase(messages.get("handout.credits"), 9, true, MUTED));
        creditsHeading.setSpacingBefore(8);
        document.add(creditsHeading);
        for (String credit : handout.credits()) {
            document.add(new Paragraph(phrase(credit, 7.5f, false, MUTED)));
        }
    }

    private PdfPTable legend(PdfWriter writer, List<Status> statuses, String language) {
        PdfPTable table = new PdfPTable(new float[] {1, 9, 1, 9});
        table.setWidthPercentage(100);
        for (Status status : statuses) {
            PdfTemplate swatch = writer.getDirectContent().createTemplate(22, 12);
            Graphics2D g = swatch.createGraphicsShapes(22, 12);
            try {
                if (status.overlay()) {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, 22, 12);
                }
                g.setPaint(MapPicture.paint(status));
                g.fillRect(0, 0, 22, 12);
                g.setColor(INK);
                g.drawRect(0, 0, 21, 11);
            } finally {
                g.dispose();
            }
            PdfPCell swatchCell = new PdfPCell(Image.getInstance(swatch), false);
            swatchCell.setBorder(Rectangle.NO_BORDER);
            swatchCell.setPadding(3);
            table.addCell(swatchCell);
            PdfPCell label = textCell(phrase(status.label().get(language), 9, false, INK));
            label.setBorder(Rectangle.NO_BORDER);
            label.setPadding(2);
            table.addCell(label);
        }
        for (int i = statuses.size() * 2; i % 4 != 0; i++) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty);
        }
        return table;
    }

    /**
     * One event or step, kept on one page as a whole (a table of one column that is moved to the next page when it
     * does not fit): its sources line was left at the top of the next page, away from its event.
     */
    private void item(Document document, Handout.Item item) {
        PdfPTable whole = new PdfPTable(1);
        whole.setWidthPercentage(100);
        whole.setKeepTogether(true);
        whole.setSpacingBefore(7);
        Paragraph head = new Paragraph();
        if (!item.when().isEmpty()) {
            head.add(phrase(item.when() + "  ", 9, false, MUTED));
        }
        head.add(phrase(item.title(), 11, true, INK));
        whole.addCell(part(head, 0));
        if (!item.text().isEmpty()) {
            whole.addCell(part(new Paragraph(phrase(item.text(), 10, false, INK)), 0));
        }
        StringBuilder line = new StringBuilder(item.attribution());
        if (!item.sources().isEmpty()) {
            line.append(line.isEmpty() ? "" : " · ").append(item.sources().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]")));
        }
        if (!line.isEmpty()) {
            whole.addCell(part(new Paragraph(phrase(line.toString(), 9, false, MUTED)), 0));
        }
        if (item.finding() != null) {
            whole.addCell(part(new Paragraph(phrase(item.finding(), 9, false, MUTED)), 10));
        }
        document.add(whole);
    }

    private static PdfPCell part(Paragraph text, float indent) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(text);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(indent);
        cell.setPaddingBottom(1);
        return cell;
    }

    private PdfPTable territories(Handout handout, Messages messages) {
        PdfPTable table = new PdfPTable(new float[] {3, 3, 4});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : List.of("handout.territory", "handout.status", "handout.authority")) {
            PdfPCell cell = textCell(phrase(messages.get(header), 9, true, INK));
            cell.setBorderColor(RULE);
            cell.setPadding(3);
            table.addCell(cell);
        }
        for (Handout.TerritoryLine line : handout.territories()) {
            for (String text : List.of(line.name(), line.status(), line.authority())) {
                PdfPCell cell = textCell(phrase(text, 9, false, INK));
                cell.setBorderColor(RULE);
                cell.setPadding(3);
                table.addCell(cell);
            }
        }
        return table;
    }

    /**
     * A table cell of {@code text} with the phrase's own line spacing: a cell's default (the type size) set wrapped
     * Hindi lines so close that the vowel signs touched the line above.
     */
    private static PdfPCell textCell(Phrase text) {
        PdfPCell cell = new PdfPCell(text);
        cell.setLeading(0, 1.45f);
        return cell;
    }

    /** Room a heading needs below it so as not to end a page alone: itself and a few lines of what follows. */
    private static final float HEADING_ROOM = 90;

    private static void heading(Document document, PdfWriter writer, String text) {
        if (writer.getVerticalPosition(true) - document.bottom() < HEADING_ROOM) {
            document.newPage();
        }
        Paragraph heading = new Paragraph(phrase(text, 14, true, INK));
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    /**
     * {@code text} as a phrase in the Latin face with the Devanagari face for Devanagari letters; each run of one
     * script is shaped as a whole.
     */
    static Phrase phrase(String text, float size, boolean bold, Color colour) {
        FontSelector selector = new FontSelector();
        Font latin = new Font(HandoutFonts.pdf(bold ? HandoutFonts.Face.LATIN_BOLD : HandoutFonts.Face.LATIN),
                size, Font.NORMAL, colour);
        Font devanagari = new Font(HandoutFonts.pdf(bold ? HandoutFonts.Face.DEVANAGARI_BOLD
                : HandoutFonts.Face.DEVANAGARI), size, Font.NORMAL, colour);
        // Hindi text first tries the Devanagari face, which has the spaces and punctuation too: with the Latin face
        // first, each space between Hindi words was a run of its own, and a line broken there began with it
        boolean hindi = HandoutFonts.hasDevanagari(text);
        selector.addFont(hindi ? devanagari : latin);
        selector.addFont(hindi ? latin : devanagari);
        Phrase phrase = selector.process(text);
        // the paragraph made of it takes this font for its spacing before and after, which was otherwise set in
        // the PDF's default Helvetica, a font not embedded
        phrase.setFont(hindi ? devanagari : latin);
        phrase.setLeading(size * 1.45f);
        return phrase;
    }

    /** "50 km", "2.5 km": whole kilometres without a decimal point. */
    public static String scaleLabel(Messages messages, double kilometres) {
        return messages.get("map.scale.km", kilometres == Math.rint(kilometres)
                ? String.valueOf(Math.round(kilometres)) : String.valueOf(kilometres));
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("cancelled");
        }
    }

    /** The title and "page N" at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String title;
        private final Messages messages;

        Footer(String title, Messages messages) {
            this.title = title;
            this.messages = messages;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    phrase(title, 8, false, MUTED), MARGIN, MARGIN - 8, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    phrase(messages.get("handout.page", writer.getPageNumber()), 8, false, MUTED),
                    page.getWidth() - MARGIN, MARGIN - 8, 0);
        }
    }
}
