package org.timeatlas.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UiScaleTest {

    @Test
    void largerAndSmallerWalkTheStepsAndStopAtTheEnds() {
        UiScale scale = new UiScale();
        List<Double> up = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            scale.larger();
            up.add(scale.get());
        }
        assertEquals(List.of(1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 2.5, 2.5), up);
        assertTrue(scale.isLargest());
        List<Double> down = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            scale.smaller();
            down.add(scale.get());
        }
        assertEquals(List.of(2.0, 1.75, 1.5, 1.25, 1.1, 1.0, 0.9, 0.75, 0.75), down);
        assertTrue(scale.isSmallest());
        scale.reset();
        assertEquals(1, scale.get());
        assertEquals(13, scale.rootFontSize(), 1e-9);
    }

    @Test
    void aRememberedFactorIsHeldInsideTheRangeAndStepsFromWhereItIs() {
        UiScale scale = new UiScale();
        scale.set(9);
        assertEquals(2.5, scale.get());
        scale.set(0.1);
        assertEquals(0.75, scale.get());
        scale.set(Double.NaN);
        assertEquals(1, scale.get());
        scale.set(1.3);
        scale.larger();
        assertEquals(1.5, scale.get(), "between steps, the next one up");
        scale.set(1.3);
        scale.smaller();
        assertEquals(1.25, scale.get(), "between steps, the next one down");
        assertFalse(scale.isLargest() || scale.isSmallest());
    }

    @Test
    void theStartingFactorMayComeFromASystemProperty() {
        String before = System.getProperty(UiScale.START_PROPERTY);
        try {
            System.setProperty(UiScale.START_PROPERTY, "1.5");
            assertEquals(1.5, UiScale.initial().get());
            System.setProperty(UiScale.START_PROPERTY, "big");
            assertThrows(IllegalArgumentException.class, UiScale::initial);
            System.clearProperty(UiScale.START_PROPERTY);
            assertEquals(1, UiScale.initial().get());
        } finally {
            if (before == null) {
                System.clearProperty(UiScale.START_PROPERTY);
            } else {
                System.setProperty(UiScale.START_PROPERTY, before);
            }
        }
    }

    @Test
    void theStyleSheetOfAScaleSetsTheRootFontAndTheToolbarIconsAndIsKnownAgain() {
        String sheet = ScaledWindows.styleSheet(1.5);
        String css = new String(java.util.Base64.getDecoder().decode(sheet.substring(sheet.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(css.contains(".root { -fx-font-size: 19.500px; }"), css);
        assertTrue(css.contains(".toolbar-icon { -fx-icon-size: 30; }"), css);
        assertTrue(ScaledWindows.isScaleSheet(sheet));
        assertFalse(ScaledWindows.isScaleSheet("data:text/css;base64,"
                + java.util.Base64.getEncoder().encodeToString(".x { }".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertFalse(ScaledWindows.isScaleSheet("file:/app.css"));
    }
}
