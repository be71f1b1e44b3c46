package org.timeatlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.LocalizedText;

class EraLanesTest {

    @Test
    void overlappingErasGetDifferentLanes() {
        EraLanes lanes = new EraLanes(List.of(
                era("a", "1989-01-01", "1991-12-26"),
                era("b", "1991-01-05", "1992-07-14"),
                era("c", "1991-06-01", "1991-09-01")));

        assertEquals(3, lanes.laneCount());
        assertNotEquals(lanes.laneOf(0), lanes.laneOf(1));
        assertNotEquals(lanes.laneOf(1), lanes.laneOf(2));
        assertNotEquals(lanes.laneOf(0), lanes.laneOf(2));
    }

    @Test
    void erasThatFollowEachOtherShareTheTopLane() {
        EraLanes lanes = new EraLanes(List.of(
                era("war", "2008-08-07", "2008-08-12"),
                era("before", "2008-04-01", "2008-08-07"),
                era("after", "2008-08-12", "2009-01-01")));

        assertEquals(1, lanes.laneCount());
        assertEquals(List.of(0, 0, 0), List.of(lanes.laneOf(0), lanes.laneOf(1), lanes.laneOf(2)));
    }

    @Test
    void aLaneIsReusedOnceItsEraHasEnded() {
        EraLanes lanes = new EraLanes(List.of(
                era("long", "1994-05-14", "2004-05-01"),
                era("inside", "2004-03-15", "2004-05-06"),
                era("later", "2004-06-01", "2005-01-01")));

        assertEquals(2, lanes.laneCount());
        assertEquals(1, lanes.laneOf(1));
        assertEquals(0, lanes.laneOf(2));
    }

    private static Era era(String id, String from, String to) {
        return new Era(id, LocalDate.parse(from).atStartOfDay(), LocalDate.parse(to).atStartOfDay(),
                LocalizedText.of(id, id));
    }
}
