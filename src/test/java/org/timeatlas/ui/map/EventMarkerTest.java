package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.timeatlas.geo.MapTestAtlas;

class EventMarkerTest {

    private final EventMarker marker = new EventMarker(MapTestAtlas.atlas().events().get(0), new double[] {0, 0});

    @Test
    void aMarkerIsOneCircleUntilItIsSelectedOrRinged() {
        assertEquals(List.of("map-event-mark"), classes());
        marker.setSelected(false);
        marker.setHighlighted(false);
        assertEquals(List.of("map-event-mark"), classes(), "hiding a ring never shown makes none");
        assertFalse(marker.isHighlighted());
    }

    @Test
    void theRingsAreMadeWhenFirstShownAndLieUnderTheMarkTourRingOutermost() {
        marker.setSelected(true);
        marker.setHighlighted(true);
        assertEquals(List.of("map-event-highlight", "map-event-ring", "map-event-mark"), classes());
        assertTrue(marker.isHighlighted());
        double highlighted = marker.outerRadius();

        marker.setSelected(false);
        marker.setHighlighted(false);
        assertEquals(3, marker.getChildren().size(), "hidden, not removed");
        assertFalse(marker.getChildren().get(0).isVisible());
        assertFalse(marker.getChildren().get(1).isVisible());
        assertFalse(marker.isHighlighted());
        assertTrue(marker.outerRadius() < highlighted, "names keep clear of the ring only while it shows");
    }

    private List<String> classes() {
        return marker.getChildren().stream().map(Node::getStyleClass).map(c -> c.get(0)).toList();
    }
}
