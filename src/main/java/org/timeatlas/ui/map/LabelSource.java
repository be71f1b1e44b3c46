package org.timeatlas.ui.map;

import java.util.List;
import java.util.Map;
import org.timeatlas.geo.ScreenBox;

/** A layer with names or marks that take part in the map's one {@link LabelPass}. Ids are unique across sources. */
interface LabelSource {

    /** Adds the names this layer wants shown now, and the boxes of the marks it draws (screen pixels). */
    void offer(List<LabelPlacement.Candidate> labels, List<ScreenBox> marks);

    /** Shows each offered name at its box in {@code placed}; hides those not in it. */
    void show(Map<String, ScreenBox> placed);

    /** Adds the ids and drawn boxes (from the nodes themselves) of the names shown now. */
    void drawn(List<String> ids, List<ScreenBox> boxes);
}
