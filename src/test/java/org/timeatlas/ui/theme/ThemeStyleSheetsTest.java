package org.timeatlas.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.timeatlas.ui.RootFont;

/**
 * The theme's rules (app.css): colour literals only in the palette block, every other colour a role defined from
 * the palette, every role referred to defined, and one root font size from which the other sizes (in em) scale.
 */
class ThemeStyleSheetsTest {

    static final List<String> SHEETS = List.of("app.css", "map.css", "timeline.css", "day-by-day.css", "glossary.css");
    private static final String BEGIN = "---- palette begin ----";
    private static final String END = "---- palette end ----";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,8}\\b");
    private static final Pattern FUNCTION = Pattern.compile("\\b(rgba?|hsba?|hsla?)\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARATION = Pattern.compile("(-?[a-zA-Z][\\w-]*)\\s*:\\s*([^;{}]*);");
    private static final Pattern LOOKUP = Pattern.compile("(?<![\\w-])(-ta-[a-z0-9-]+)");

    @Test
    void noStyleSheetHasAColourLiteralOutsideThePalette() throws IOException {
        List<String> literals = new ArrayList<>();
        for (String sheet : SHEETS) {
            String css = withoutPalette(sheet, read(sheet));
            for (Declaration declaration : declarations(css)) {
                literalsIn(declaration.value()).forEach(literal ->
                        literals.add(sheet + ": " + declaration.property() + ": " + declaration.value() + " (" + literal + ")"));
            }
        }
        assertEquals(List.of(), literals);
    }

    @Test
    void thePaletteHoldsOnlyNamedLiteralsAndTheRolesOnlyPaletteNamesOrRoles() throws IOException {
        String app = read("app.css");
        String palette = app.substring(app.indexOf(BEGIN), app.indexOf(END));
        Set<String> paletteNames = new LinkedHashSet<>();
        for (Declaration colour : declarations(palette)) {
            assertTrue(colour.property().startsWith("-ta-"), colour.toString());
            assertFalse(literalsIn(colour.value()).isEmpty(), "a palette entry is a literal: " + colour);
            paletteNames.add(colour.property());
        }
        assertTrue(paletteNames.size() > 20, "the palette: " + paletteNames);
        int roles = 0;
        for (Declaration declaration : declarations(withoutPalette("app.css", app))) {
            if (declaration.property().startsWith("-ta-")) {
                roles++;
                assertTrue(declaration.value().matches("-ta-[a-z0-9-]+"), "a role is one palette name: " + declaration);
                assertTrue(paletteNames.contains(declaration.value()),
                        "role " + declaration.property() + " refers to a palette colour, not " + declaration.value());
            }
        }
        assertTrue(roles > 40, "roles: " + roles);
    }

    @Test
    void everyRoleAStyleSheetUsesIsDefined() throws IOException {
        Set<String> defined = new LinkedHashSet<>();
        for (Declaration declaration : declarations(read("app.css"))) {
            if (declaration.property().startsWith("-ta-")) {
                defined.add(declaration.property());
            }
        }
        List<String> undefined = new ArrayList<>();
        for (String sheet : SHEETS) {
            for (Declaration declaration : declarations(read(sheet))) {
                Matcher used = LOOKUP.matcher(declaration.value());
                while (used.find()) {
                    if (!defined.contains(used.group(1))) {
                        undefined.add(sheet + ": " + declaration);
                    }
                }
            }
        }
        assertEquals(List.of(), undefined);
    }

    @Test
    void oneRootFontSizeAndEverySizeElseInEm() throws IOException {
        List<String> pixels = new ArrayList<>();
        for (String sheet : SHEETS) {
            for (Declaration declaration : declarations(read(sheet))) {
                if (declaration.value().matches(".*\\d(px|pt)\\b.*")) {
                    pixels.add(sheet + ": " + declaration);
                }
            }
        }
        String rootSize = "-fx-font-size: " + (int) RootFont.SIZE_AT_100 + "px";
        assertEquals(List.of("app.css: " + rootSize), pixels, "only .root has a size in px");
        String toolbarIcons = "-fx-icon-size: " + ScaledWindows.TOOLBAR_ICON_AT_100;
        assertTrue(read("app.css").contains(toolbarIcons), "the theme scales the toolbar's icons from " + toolbarIcons);
    }

    /** Colour literals in a declaration's value: hex, rgb()/hsb() and the like, and named colours. */
    static List<String> literalsIn(String value) {
        List<String> found = new ArrayList<>();
        String unquoted = value.replaceAll("\"[^\"]*\"", "");
        Matcher hex = HEX.matcher(unquoted);
        while (hex.find()) {
            found.add(hex.group());
        }
        Matcher function = FUNCTION.matcher(unquoted);
        while (function.find()) {
            found.add(function.group());
        }
        for (String word : unquoted.split("[^a-zA-Z-]+")) {
            if (!word.isEmpty() && !word.startsWith("-") && isNamedColour(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** A CSS colour name; {@code transparent} (no colour) is not one, nor words of hex digits only. */
    private static boolean isNamedColour(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("transparent") || lower.matches("[a-f]+")) {
            return false;
        }
        try {
            Color.web(lower);
            return true;
        } catch (IllegalArgumentException notAColour) {
            return false;
        }
    }

    private static String withoutPalette(String sheet, String css) {
        if (!sheet.equals("app.css")) {
            assertFalse(css.contains(BEGIN), sheet + " has no palette of its own");
            return css;
        }
        int begin = css.indexOf(BEGIN);
        int end = css.indexOf(END);
        assertTrue(begin > 0 && end > begin, "app.css marks its palette");
        return css.substring(0, begin) + css.substring(end);
    }

    record Declaration(String property, String value) {
        @Override
        public String toString() {
            return property + ": " + value;
        }
    }

    static List<Declaration> declarations(String css) {
        String code = css.replaceAll("(?s)/\\*.*?\\*/", " ");
        List<Declaration> found = new ArrayList<>();
        Matcher declaration = DECLARATION.matcher(code);
        while (declaration.find()) {
            found.add(new Declaration(declaration.group(1), declaration.group(2).strip()));
        }
        return found;
    }

    static String read(String sheet) throws IOException {
        try (InputStream in = ThemeStyleSheetsTest.class.getResourceAsStream("/org/timeatlas/ui/" + sheet)) {
            assertTrue(in != null, sheet);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
