package org.timeatlas.output.handout;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.util.Locale;
import java.util.Set;

/** The paper a handout is laid out on. */
public enum Paper {
    /** 210 × 297 mm. */
    A4(PageSize.A4),
    /** 8.5 × 11 in. */
    LETTER(PageSize.LETTER);

    /** Countries that print on Letter (ISO 3166 codes); everywhere else uses A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT",
            "CR", "PA", "DO", "SV", "NI", "PR");

    private final Rectangle size;

    Paper(Rectangle size) {
        this.size = size;
    }

    /** The page size in PDF points (1/72 in). */
    public Rectangle size() {
        return size;
    }

    /** The paper usual in {@code locale}'s country: Letter in North America and a few others, else A4. */
    public static Paper forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** "a4" or "letter", any case; throws IllegalArgumentException naming the choices otherwise. */
    public static Paper parse(String name) {
        for (Paper paper : values()) {
            if (paper.name().equalsIgnoreCase(name)) {
                return paper;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not a paper size; write a4 or letter");
    }
}
