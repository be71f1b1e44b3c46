package org.timeatlas.output.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.geo.MapView;
import org.timeatlas.time.StateIndex;

/**
 * A handout's map and a slide name the places as the window's map does (they had no name at all): the capital, the
 * breakaway regions and the war's towns, in the chosen language, never under the caption or the legend.
 */
class PlaceNamesTest {

    private static final LocalDateTime AUGUST_10 = LocalDateTime.of(2008, 8, 10, 0, 0);
    private static Atlas atlas;
    private static MapPicture map;

    @BeforeAll
    static void load() {
        atlas = TestAtlases.embedded();
        map = MapPicture.of(atlas, new StateIndex(atlas));
    }

    @Test
    void aSlideNamesTheCapitalTheRegionsAndTheWarsTownsInEnglishAndHindi() {
        List<String> english = names("en", List.of());
        for (String name : List.of("Tbilisi", "Abkhazia", "South Ossetia", "Adjara", "Gori", "Kutaisi")) {
            assertTrue(english.contains(name), name + " is named on the slide: " + english);
        }
        assertTrue(english.stream().anyMatch(name -> name.startsWith("Tskhinvali")), english.toString());
        assertTrue(english.stream().anyMatch(name -> name.startsWith("Sukhumi")), english.toString());
        List<String> hindi = names("hi", List.of());
        assertTrue(hindi.contains("त्बिलिसी"), hindi.toString());
        assertTrue(hindi.stream().noneMatch(name -> name.matches(".*[A-Za-z]{3}.*")), "no English name: " + hindi);
    }

    @Test
    void noNameIsDrawnWhereTheMapMustStayClear() {
        List<String> all = names("en", List.of());
        // a box over the whole east of the picture: Tbilisi and Telavi lie there
        List<String> west = names("en", List.of(new Rectangle2D.Double(1100, 0, 820, 1080)));
        assertTrue(all.contains("Tbilisi") && all.contains("Telavi"));
        assertFalse(west.contains("Tbilisi"));
        assertFalse(west.contains("Telavi"));
        assertTrue(west.contains("Kutaisi"));
    }

    private static List<String> names(String language, List<Rectangle2D> keepClear) {
        BufferedImage image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            MapView view = map.draw(g, 1920, 1080, map.home(), AUGUST_10);
            return map.drawNames(g, view, language, 15f, keepClear);
        } finally {
            g.dispose();
        }
    }
}
