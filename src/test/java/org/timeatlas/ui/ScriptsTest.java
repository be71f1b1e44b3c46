package org.timeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    @Test
    void latinGreekCyrillicAndPunctuationAreSimple() {
        assertFalse(Scripts.shaped("Russian armour reached Tskhinvali/Tskhinval — 9 August 2008, 12:00 (“state of war”)"));
        assertFalse(Scripts.shaped("Кодори, Ткварчели; Αθήνα"));
        assertFalse(Scripts.shaped(""));
        assertFalse(Scripts.shaped(null));
    }

    @Test
    void devanagariAndCombiningMarksAreShaped() {
        assertTrue(Scripts.shaped("त्सखिनवाली"));
        assertTrue(Scripts.shaped("Gali district / गाली ज़िला"));
        assertTrue(Scripts.shaped("Tbilisi" + "\u0301"), "a combining accent needs the complex layout");
        assertTrue(Scripts.shaped("თბილისი"), "Georgian script is not among the simple ones");
    }
}
