package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.input.MouseButton;
import org.timeatlas.atlas.Event;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ScreenBox;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/**
 * Marks for the current events that have a place. One marker per event is built up front; the list of
 * current events only shows and hides them. Clicking a marker selects its event.
 */
final class EventLayer extends MapLayer implements LabelSource {

    private final Map<String, EventMarker> markers = new LinkedHashMap<>();
    private final ObservableList<Event> current;
    private final List<String> visible = new ArrayList<>();

    EventLayer(ObservableValue<MapView> view, List<Event> events, ProjectedAtlas geometry,
               ObservableList<Event> current, ExplorerState state, Texts texts, ObservableDoubleValue scale) {
        super(view);
        this.current = current;
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
            marker.tooltipFrom(texts.computed(messages -> {
                String title = event.title().get(messages.language());
                return event.claim() && event.claimant() != null
                        ? title + "\n" + messages.get("map.event.claimBy", event.claimant().get(messages.language()))
                        : title;
            }));
            marker.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY) {
                    state.selectEvent(event.id());
                    click.consume();
                }
            });
            // a press on a marker must not start a drag of the map
            marker.setOnMousePressed(press -> press.consume());
            markers.put(event.id(), marker);
            getChildren().add(marker);
        }
        ListChangeListener<Event> currentChanged = change -> showCurrent();
        current.addListener(currentChanged);
        keep(() -> current.removeListener(currentChanged));
        keep(state.selectedEventProperty().subscribe((old, now) -> select(old, now)));
        showCurrent();
        select(null, state.selectedEventProperty().get());
        scale.subscribe(now -> { // the map's scale: the map holds its layers and their marks
            markers.values().forEach(marker -> marker.scaleTo(now.doubleValue()));
            markDirty();
        });
    }

    /** Ids of the events whose markers are shown, in the order of the current events. */
    List<String> visibleIds() {
        return List.copyOf(visible);
    }

    /** Where the shown markers are on screen, so names can keep clear of them. */
    List<ScreenBox> visibleBoxes() {
        MapView view = view();
        List<ScreenBox> boxes = new ArrayList<>(visible.size());
        for (String id : visible) {
            EventMarker marker = markers.get(id);
            double r = marker.outerRadius();
            boxes.add(new ScreenBox(view.toScreenX(marker.worldPoint()[0]) - r,
                    view.toScreenY(marker.worldPoint()[1]) - r, 2 * r, 2 * r));
        }
        return boxes;
    }

    /** Rings the markers of {@code eventIds} (a tour step's events); none when empty. */
    void highlight(java.util.Collection<String> eventIds) {
        markers.forEach((id, marker) -> marker.setHighlighted(eventIds.contains(id)));
        markDirty();
    }

    EventMarker markerOf(String eventId) {
        return markers.get(eventId);
    }

    @Override
    protected void layoutLayer() {
        MapView view = view();
        for (EventMarker marker : markers.values()) {
            if (marker.isVisible()) {
                marker.setLayoutX(view.toScreenX(marker.worldPoint()[0]));
                marker.setLayoutY(view.toScreenY(marker.worldPoint()[1]));
            }
        }
    }

    @Override
    public void offer(List<LabelPlacement.Candidate> labels, List<ScreenBox> marks) {
        marks.addAll(visibleBoxes());
    }

    @Override
    public void show(Map<String, ScreenBox> placed) {
        // marks are drawn where their event is: the names around them make room
    }

    @Override
    public void drawn(List<String> ids, List<ScreenBox> boxes) {
        // no names of its own
    }

    private void showCurrent() {
        Set<String> now = new HashSet<>();
        visible.clear();
        for (Event event : current) {
            if (markers.containsKey(event.id()) && now.add(event.id())) {
                visible.add(event.id());
            }
        }
        markers.forEach((id, marker) -> marker.setVisible(now.contains(id)));
        markDirty();
    }

    private void select(String previous, String selected) {
        if (previous != null && markers.containsKey(previous)) {
            markers.get(previous).setSelected(false);
        }
        if (selected != null && markers.containsKey(selected)) {
            markers.get(selected).setSelected(true);
        }
    }
}
