package org.timeatlas.output.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The fonts of handouts and exported pictures, shipped with the program (Noto Sans and Noto Sans Devanagari,
 * SIL Open Font License, {@code fonts/OFL.txt} beside them) so that nothing depends on the fonts a school laptop
 * has. PDF fonts are embedded as subsets and shaped by OpenPDF's {@link LayoutProcessor}, which lays text out
 * with the JDK's own engine so Devanagari conjuncts and vowel signs come out right and the text stays selectable.
 */
public final class HandoutFonts {

    private static final String FOLDER = "fonts/";

    /** The four faces: Latin and Devanagari, regular and bold. */
    public enum Face {
        LATIN("NotoSans-Regular.ttf"), LATIN_BOLD("NotoSans-Bold.ttf"),
        DEVANAGARI("NotoSansDevanagari-Regular.ttf"), DEVANAGARI_BOLD("NotoSansDevanagari-Bold.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private static final java.util.Map<Face, BaseFont> PDF_FONTS = new java.util.EnumMap<>(Face.class);
    private static final java.util.Map<Face, java.awt.Font> AWT_FONTS = new java.util.EnumMap<>(Face.class);

    private HandoutFonts() {
    }

    /**
     * The PDF font of {@code face}, shaped by the layout processor (switched on here, once for the program: it
     * keeps its fonts in static state, so all PDF fonts are made through this class, under its lock).
     *
     * @throws UncheckedIOException if the font is missing from the program (a broken build)
     */
    public static synchronized BaseFont pdf(Face face) {
        return PDF_FONTS.computeIfAbsent(face, HandoutFonts::loadPdf);
    }

    /** The same face for Java2D drawing (exported pictures), at 1 pt; derive the size wanted. */
    public static synchronized java.awt.Font awt(Face face) {
        return AWT_FONTS.computeIfAbsent(face, f -> {
            try (InputStream in = resource(f).openStream()) {
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException broken) {
                throw new UncheckedIOException(new IOException("cannot read the font " + f.file + ": " + broken.getMessage(), broken));
            }
        });
    }

    private static BaseFont loadPdf(Face face) {
        if (!LayoutProcessor.isEnabled()) {
            LayoutProcessor.enableKernLiga();
            // the shaped glyphs carry the text they stand for, so copying and searching give the words typed
            LayoutProcessor.setWriteActualText();
        }
        URL url = resource(face);
        try (InputStream in = url.openStream()) {
            // the URL as the name: the layout processor reads the same bytes through it into a java.awt.Font
            return BaseFont.createFont(url.toExternalForm(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
        } catch (IOException | DocumentException broken) {
            throw new UncheckedIOException(new IOException("cannot read the font " + face.file + ": " + broken.getMessage(), broken));
        }
    }

    private static URL resource(Face face) {
        URL url = HandoutFonts.class.getResource(FOLDER + face.file);
        if (url == null) {
            throw new UncheckedIOException(new IOException("the font " + face.file + " is missing from the program"));
        }
        return url;
    }

    /**
     * {@code text} as Java2D draws it with these faces at {@code size}: each run of Devanagari in the Devanagari
     * face, the rest in the Latin face, so that no letter shows as a box and each run is shaped as a whole.
     */
    public static java.awt.font.TextLayout layout(String text, float size, boolean bold,
                                                  java.awt.font.FontRenderContext context) {
        java.text.AttributedString attributed = new java.text.AttributedString(text.isEmpty() ? " " : text);
        java.awt.Font latin = awt(bold ? Face.LATIN_BOLD : Face.LATIN).deriveFont(size);
        java.awt.Font devanagari = awt(bold ? Face.DEVANAGARI_BOLD : Face.DEVANAGARI).deriveFont(size);
        int start = 0;
        while (start < text.length()) {
            boolean indic = isDevanagari(text.codePointAt(start));
            int end = start;
            while (end < text.length() && (isDevanagari(text.codePointAt(end)) == indic
                    || Character.isWhitespace(text.codePointAt(end)) && indic)) {
                end += Character.charCount(text.codePointAt(end));
            }
            attributed.addAttribute(java.awt.font.TextAttribute.FONT, indic ? devanagari : latin, start, end);
            start = end;
        }
        if (text.isEmpty()) {
            attributed.addAttribute(java.awt.font.TextAttribute.FONT, latin);
        }
        return new java.awt.font.TextLayout(attributed.getIterator(), context);
    }

    private static boolean isDevanagari(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.DEVANAGARI;
    }

    /** Whether {@code text} has a Devanagari letter, so that it needs the Devanagari face. */
    static boolean hasDevanagari(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI);
    }
}
