package org.timeatlas.ui.panels;

import javafx.beans.binding.Bindings;
import javafx.util.Subscription;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/** The side column's list of events around the moment and the details of what is selected. */
public final class PanelsFeature implements ExplorerFeature {

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        EventListPanel list = new EventListPanel(context.currentEvents(), context.state(), context.texts());
        DetailsPanel details = new DetailsPanel(context.atlas(), context.state(), context.texts(),
                context.currentEvents(), context.windows()::showDocument);
        return slots.sidePanel("events", list, 10, Bindings.createBooleanBinding(() -> true))
                .and(slots.sidePanel("details", details, 20, Bindings.createBooleanBinding(() -> true)))
                .and(list::dispose)
                .and(details::dispose);
    }
}
