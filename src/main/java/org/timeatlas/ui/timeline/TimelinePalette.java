package org.timeatlas.ui.timeline;

import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.timeatlas.atlas.EventType;

/**
 * Colours and fonts of what the canvas draws (a canvas cannot be styled by CSS). Event types use the
 * Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies.
 */
final class TimelinePalette {

    static final Color TRACK = Color.web("#f3f4f6");
    static final Color TRACK_ALTERNATE = Color.web("#e7eaee");
    static final Color SEGMENT_BOUNDARY = Color.web("#9aa3ad");
    static final Color AXIS_LINE = Color.web("#3c4650");
    static final Color TICK = Color.web("#3c4650");
    /** Faint lines carrying a year tick down to the year labels, across the empty rows between. */
    static final Color YEAR_GUIDE = Color.web("#d3d8de");
    static final Color LABEL = Color.web("#1f2933");
    static final Color LABEL_MINOR = Color.web("#4a5560");
    static final Color SELECTION = Color.web("#111111");
    static final Color SELECTION_HALO = Color.web("#ffd84d");
    static final Color ERA_TEXT = Color.web("#1f2933");
    static final Color ERA_BORDER = Color.web("#7b8794");
    private static final Color[] ERA_FILLS = {
            Color.web("#dbe4f0"), Color.web("#efe3d0"), Color.web("#dcecdf"), Color.web("#eadcea")};

    private static final Map<EventType, Color> EVENT_COLOURS = Map.of(
            EventType.MILITARY, Color.web("#D55E00"),
            EventType.POLITICAL, Color.web("#0072B2"),
            EventType.DIPLOMATIC, Color.web("#56B4E9"),
            EventType.ECONOMIC, Color.web("#E69F00"),
            EventType.HUMANITARIAN, Color.web("#CC79A7"),
            EventType.PEACEKEEPING, Color.web("#009E73"));

    private static final String DEVANAGARI_FAMILY = "Noto Sans Devanagari";
    private static final String LATIN_FAMILY = "Noto Sans";

    private TimelinePalette() {
    }

    static Color eventColour(EventType type) {
        return EVENT_COLOURS.getOrDefault(type, TICK);
    }

    static Color eraFill(int index) {
        return ERA_FILLS[index % ERA_FILLS.length];
    }

    /** A font that has the glyphs of {@code text}: the canvas does not fall back between fonts by itself. */
    static Font fontFor(String text, FontWeight weight, double size) {
        return Font.font(hasDevanagari(text) ? DEVANAGARI_FAMILY : LATIN_FAMILY, weight, size);
    }

    static boolean hasDevanagari(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI);
    }
}
