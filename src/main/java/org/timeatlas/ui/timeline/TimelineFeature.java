package org.timeatlas.ui.timeline;

import javafx.util.Subscription;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/** The timeline along the bottom of the window. */
public final class TimelineFeature implements ExplorerFeature {

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        TimelineView timeline = new TimelineView(context.atlas(), context.axis(), context.state(), context.texts());
        return slots.bottom(timeline).and(timeline::dispose);
    }
}
