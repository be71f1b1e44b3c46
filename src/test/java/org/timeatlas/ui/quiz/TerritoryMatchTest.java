package org.timeatlas.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A typed territory name picks the best match, not the first in the alphabet that contains it. */
class TerritoryMatchTest {

    @Test
    void aWordOfTheNameBeatsTheSameLettersInsideAnotherWord() {
        assertTrue(TerritoryInput.matchRank("Buffer zone north of Gori", "Gori")
                < TerritoryInput.matchRank("Akhalgori / Leningor", "Gori"));
    }

    @Test
    void oneOfTheNamesBetweenSlashesIsTheBestMatchOfAll() {
        assertEquals(0, TerritoryInput.matchRank("Akhalgori / Leningor", "leningor"));
        assertEquals(1, TerritoryInput.matchRank("Akhalgori / Leningor", "akhal"));
        assertEquals(2, TerritoryInput.matchRank("Buffer zone north of Gori", "nor"));
        assertEquals(3, TerritoryInput.matchRank("Akhalgori / Leningor", "gori"));
    }

    @Test
    void devanagariIsMatchedAsTyped() {
        assertEquals(0, TerritoryInput.matchRank("दक्षिण ओसेशिया", "दक्षिण ओसेशिया"));
        assertEquals(2, TerritoryInput.matchRank("दक्षिण ओसेशिया", "ओसे"));
    }
}
