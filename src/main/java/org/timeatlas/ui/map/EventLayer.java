package org.timeatlas.ui.map;

import java.util.Comparator;
import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.timeatlas.atlas.Event;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/**
 * Marks for the current events that have a place. One marker per event is built up front; the list of
 * current events only shows and hides them. Clicking a marker selects its event.
 */
final class EventLayer extends EventMarkLayer<EventMarker> {

    EventLayer(ObservableValue<MapView> view, List<Event> events, ProjectedAtlas geometry,
               ObservableList<Event> current, ExplorerState state, Texts texts, ObservableDoubleValue scale) {
        super(view, current, state);
        getStyleClass().add("map-event-layer");
        // the largest first, so small marks are not hidden under big ones
        List<Event> placed = events.stream()
                .filter(event -> geometry.eventPoint(event.id()).isPresent())
                // air strikes have a layer of their own
                .filter(event -> !event.hasTag(Event.AIR_STRIKE))
                .sorted(Comparator.comparingInt(Event::importance).reversed())
                .toList();
        for (Event event : placed) {
            EventMarker marker = new EventMarker(event, geometry.eventPoint(event.id()).orElseThrow());
            marker.tooltipFrom(tooltipText(texts, event));
            add(event, marker.worldPoint(), marker);
        }
        follow();
        scale.subscribe(now -> { // the map's scale: the map holds its layers and their marks
            marks().values().forEach(marker -> marker.scaleTo(now.doubleValue()));
            markDirty();
        });
    }

    /** Rings the markers of {@code eventIds} (a tour step's events); none when empty. */
    void highlight(java.util.Collection<String> eventIds) {
        marks().forEach((id, marker) -> marker.setHighlighted(eventIds.contains(id)));
        markDirty();
    }

    @Override
    protected void afterMarksAdded() {
        marks().values().stream().filter(EventMarker::isHighlighted).forEach(EventMarker::toFront);
        super.afterMarksAdded();
    }

    EventMarker markerOf(String eventId) {
        return marks().get(eventId);
    }

    @Override
    protected void setSelected(EventMarker marker, boolean selected) {
        marker.setSelected(selected);
    }

    @Override
    protected double radius(String eventId, EventMarker marker) {
        return marker.outerRadius();
    }
}
