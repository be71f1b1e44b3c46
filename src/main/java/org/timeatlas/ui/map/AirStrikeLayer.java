package org.timeatlas.ui.map;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.Polygon;
import org.timeatlas.atlas.Event;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.LazyTooltip;
import org.timeatlas.ui.Texts;

/**
 * Air strikes (events tagged {@link Event#AIR_STRIKE}) among the current events, each as a burst: solid for
 * a documented strike, hollow and dashed for a claim. Built once; the current events only show and hide them.
 * Clicking a burst selects its event. The whole layer can be switched off in the explorer state. Bursts are built
 * at their size at 100 % and scaled as a whole to the interface scale.
 */
final class AirStrikeLayer extends EventMarkLayer<Group> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private final Set<String> highlighted = new HashSet<>();
    static final double RADIUS = 11;

    private final ExplorerState state;
    private double scale = 1;

    AirStrikeLayer(ObservableValue<MapView> view, List<Event> events, ProjectedAtlas geometry,
                   ObservableList<Event> current, ExplorerState state, Texts texts, ObservableDoubleValue scale) {
        super(view, current, state);
        this.state = state;
        getStyleClass().add("map-air-strike-layer");
        for (Event event : events) {
            if (!event.hasTag(Event.AIR_STRIKE) || geometry.eventPoint(event.id()).isEmpty()) {
                continue;
            }
            Group burst = burst(event);
            LazyTooltip.install(burst, () -> markTooltip(tooltipText(texts, event), null));
            add(event, geometry.eventPoint(event.id()).orElseThrow(), burst);
        }
        keep(state.airStrikesShownProperty().subscribe((was, now) -> showCurrent()));
        follow();
        scale.subscribe(now -> { // the map's scale: the map holds its layers
            this.scale = now.doubleValue();
            marks().values().forEach(burst -> {
                burst.setScaleX(this.scale);
                burst.setScaleY(this.scale);
            });
            markDirty();
        });
    }

    /** Rings the bursts of {@code eventIds} (a tour step's events); none when empty. */
    void highlight(java.util.Collection<String> eventIds) {
        highlighted.clear();
        marks().forEach((id, burst) -> {
            boolean on = eventIds.contains(id);
            if (on) {
                highlighted.add(id);
                burst.toFront();
            }
            burst.getChildren().get(1).setVisible(on);
            burst.pseudoClassStateChanged(HIGHLIGHTED, on);
        });
        markDirty();
    }

    @Override
    protected void afterMarksAdded() {
        highlighted.stream().map(marks()::get).forEach(Group::toFront);
        super.afterMarksAdded();
    }

    /** Events this layer draws: air strikes with a place. */
    Set<String> drawnEventIds() {
        return marks().keySet();
    }

    @Override
    protected boolean shown() {
        return state.airStrikesShownProperty().get();
    }

    @Override
    protected double radius(String eventId, Group burst) {
        return (highlighted.contains(eventId) ? RADIUS + 9 : RADIUS) * scale;
    }

    /** A star of eight points: a shape no other mark on the map has, so it reads without colour. */
    static Polygon star(double outer, double inner) {
        Polygon star = new Polygon();
        for (int i = 0; i < 16; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = Math.PI * i / 8 - Math.PI / 2;
            star.getPoints().addAll(r * Math.cos(a), r * Math.sin(a));
        }
        return star;
    }

    private static Group burst(Event event) {
        Polygon ring = star(RADIUS + 5, RADIUS * 0.55 + 4);
        ring.getStyleClass().add("map-air-strike-ring");
        ring.setVisible(false);
        Polygon shape = star(RADIUS, RADIUS * 0.5);
        shape.getStyleClass().addAll("map-air-strike-mark", event.claim() ? "claim" : "fact");
        javafx.scene.shape.Circle highlight = new javafx.scene.shape.Circle(RADIUS + 7);
        highlight.getStyleClass().add("map-event-highlight");
        highlight.setVisible(false);
        Group burst = new Group(ring, highlight, shape);
        burst.getStyleClass().addAll("map-air-strike", event.claim() ? "claim" : "fact");
        burst.setManaged(false);
        burst.setVisible(false);
        return burst;
    }

    @Override
    protected void setSelected(Group burst, boolean selected) {
        burst.getChildren().get(0).setVisible(selected);
        burst.pseudoClassStateChanged(SELECTED, selected);
        if (selected) {
            burst.toFront();
        }
    }
}
