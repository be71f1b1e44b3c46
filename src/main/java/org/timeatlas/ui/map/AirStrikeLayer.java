package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;
import org.timeatlas.atlas.Event;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ScreenBox;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/**
 * Air strikes (events tagged {@link Event#AIR_STRIKE}) among the current events, each as a burst: solid for
 * a documented strike, hollow and dashed for a claim. Built once; the current events only show and hide them.
 * Clicking a burst selects its event. The whole layer can be switched off in the explorer state. Bursts are built
 * at their size at 100 % and scaled as a whole to the interface scale.
 */
final class AirStrikeLayer extends MapLayer implements LabelSource {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private final Set<String> highlighted = new HashSet<>();
    static final double RADIUS = 11;

    private final Map<String, Group> bursts = new LinkedHashMap<>();
    private final Map<String, double[]> points = new LinkedHashMap<>();
    private final ObservableList<Event> current;
    private final ExplorerState state;
    private final List<String> visible = new ArrayList<>();
    private double scale = 1;

    AirStrikeLayer(ObservableValue<MapView> view, List<Event> events, ProjectedAtlas geometry,
                   ObservableList<Event> current, ExplorerState state, Texts texts, ObservableDoubleValue scale) {
        super(view);
        this.current = current;
        this.state = state;
        getStyleClass().add("map-air-strike-layer");
        for (Event event : events) {
            if (!event.hasTag(Event.AIR_STRIKE) || geometry.eventPoint(event.id()).isEmpty()) {
                continue;
            }
            Group burst = burst(event);
            Tooltip tooltip = new Tooltip();
            tooltip.textProperty().bind(texts.computed(m -> {
                String title = event.title().get(m.language());
                return event.claim() && event.claimant() != null
                        ? title + "\n" + m.get("map.event.claimBy", event.claimant().get(m.language())) : title;
            }));
            tooltip.setShowDelay(Duration.millis(150));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(360);
            Tooltip.install(burst, tooltip);
            burst.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY) {
                    state.selectEvent(event.id());
                    click.consume();
                }
            });
            burst.setOnMousePressed(press -> press.consume());
            bursts.put(event.id(), burst);
            points.put(event.id(), geometry.eventPoint(event.id()).orElseThrow());
            getChildren().add(burst);
        }
        ListChangeListener<Event> currentChanged = change -> showCurrent();
        current.addListener(currentChanged);
        keep(() -> current.removeListener(currentChanged));
        keep(state.airStrikesShownProperty().subscribe((was, now) -> showCurrent()));
        keep(state.selectedEventProperty().subscribe((old, now) -> select(old, now)));
        showCurrent();
        select(null, state.selectedEventProperty().get());
        scale.subscribe(now -> { // the map's scale: the map holds its layers
            this.scale = now.doubleValue();
            bursts.values().forEach(burst -> {
                burst.setScaleX(this.scale);
                burst.setScaleY(this.scale);
            });
            markDirty();
        });
    }

    /** Rings the bursts of {@code eventIds} (a tour step's events); none when empty. */
    void highlight(java.util.Collection<String> eventIds) {
        highlighted.clear();
        bursts.forEach((id, burst) -> {
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

    /** Events this layer draws: air strikes with a place. */
    Set<String> drawnEventIds() {
        return bursts.keySet();
    }

    /** Ids of the strikes shown now. */
    List<String> visibleIds() {
        return List.copyOf(visible);
    }

    List<ScreenBox> visibleBoxes() {
        MapView view = view();
        List<ScreenBox> boxes = new ArrayList<>();
        for (String id : visible) {
            double[] p = points.get(id);
            double r = (highlighted.contains(id) ? RADIUS + 9 : RADIUS) * scale;
            boxes.add(new ScreenBox(view.toScreenX(p[0]) - r, view.toScreenY(p[1]) - r, 2 * r, 2 * r));
        }
        return boxes;
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
        burst.setId("air-strike-" + event.id());
        burst.setManaged(false);
        burst.setVisible(false);
        return burst;
    }

    @Override
    protected void layoutLayer() {
        MapView view = view();
        for (String id : visible) {
            double[] p = points.get(id);
            Group burst = bursts.get(id);
            burst.setLayoutX(view.toScreenX(p[0]));
            burst.setLayoutY(view.toScreenY(p[1]));
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
        if (state.airStrikesShownProperty().get()) {
            for (Event event : current) {
                if (bursts.containsKey(event.id()) && now.add(event.id())) {
                    visible.add(event.id());
                }
            }
        }
        bursts.forEach((id, burst) -> burst.setVisible(now.contains(id)));
        markDirty();
    }

    private void select(String previous, String selected) {
        if (previous != null && bursts.containsKey(previous)) {
            setSelected(bursts.get(previous), false);
        }
        if (selected != null && bursts.containsKey(selected)) {
            setSelected(bursts.get(selected), true);
        }
    }

    private static void setSelected(Group burst, boolean selected) {
        burst.getChildren().get(0).setVisible(selected);
        burst.pseudoClassStateChanged(SELECTED, selected);
        if (selected) {
            burst.toFront();
        }
    }
}
