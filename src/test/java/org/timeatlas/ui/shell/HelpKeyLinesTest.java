package org.timeatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Help's keys column: many keys for one action are broken into lines between keys, never inside one. */
class HelpKeyLinesTest {

    @Test
    void aShortListStaysOnOneLine() {
        assertEquals("Ctrl+F / /", Dialogs.inLines("Ctrl+F / /", 22));
        assertEquals("Page Down", Dialogs.inLines("Page Down", 22));
    }

    @Test
    void aLongListBreaksBetweenKeys() {
        assertEquals("Page Down / → / Space /\nN / Enter", Dialogs.inLines("Page Down / → / Space / N / Enter", 22));
    }

    @Test
    void aKeyLongerThanALineIsKeptWhole() {
        assertEquals("Ctrl+Shift+Alt+Page Down /\n→", Dialogs.inLines("Ctrl+Shift+Alt+Page Down / →", 10));
    }
}
