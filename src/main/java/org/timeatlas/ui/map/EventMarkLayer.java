package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.timeatlas.atlas.Event;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ScreenBox;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/**
 * A layer that marks events at their places: one mark per event, built up front in drawing order; the current
 * events only show and hide them. The marks hidden at the opening moment enter the scene after the first frame
 * ({@link LateChildren}). A primary click on a mark selects its event; the selected event's mark shows
 * it. Marks are placed at their event's point (map metres) and take part in the label pass as boxes the names
 * keep clear of, with no names of their own.
 *
 * @param <N> the node of one mark
 */
abstract class EventMarkLayer<N extends Node> extends MapLayer implements LabelSource {

    private final Map<String, N> marks = new LinkedHashMap<>();
    private final Map<String, double[]> points = new LinkedHashMap<>();
    private final List<String> visible = new ArrayList<>();
    private final ObservableList<Event> current;
    private final ExplorerState state;
    private final LateChildren late = new LateChildren(this, this::afterMarksAdded);

    EventMarkLayer(ObservableValue<MapView> view, ObservableList<Event> current, ExplorerState state) {
        super(view);
        this.current = current;
        this.state = state;
    }

    /** "Title", or for a claim "Title" and who claimed it, in the current language. */
    static ObservableValue<String> tooltipText(Texts texts, Event event) {
        return texts.computed(messages -> {
            String title = event.title().get(messages.language());
            return event.claim() && event.claimant() != null
                    ? title + "\n" + messages.get("map.event.claimBy", event.claimant().get(messages.language()))
                    : title;
        });
    }

    /** A mark's tooltip showing {@code text}, with {@code styleClass} when not null. */
    static Tooltip markTooltip(ObservableValue<String> text, String styleClass) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        if (styleClass != null) {
            tooltip.getStyleClass().add(styleClass);
        }
        return tooltip;
    }

    /** The mark of the event {@code eventId}, if this layer has one. */
    final Optional<N> mark(String eventId) {
        return Optional.ofNullable(marks.get(eventId));
    }

    /** Adds {@code mark} for {@code event} at {@code point} (map metres), above the marks added before. */
    protected final void add(Event event, double[] point, N mark) {
        mark.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY) {
                state.selectEvent(event.id());
                click.consume();
            }
        });
        // a press on a mark must not start a drag of the map
        mark.setOnMousePressed(press -> press.consume());
        marks.put(event.id(), mark);
        points.put(event.id(), point);
        late.add(mark);
    }

    /** Starts following the current events and the selected event; call once every mark is added. */
    protected final void follow() {
        keep(current.subscribe(this::showCurrent));
        keep(state.selectedEventProperty().subscribe((old, now) -> select(old, now)));
        showCurrent();
        late.start(visible.stream().map(marks::get).toList());
        select(null, state.selectedEventProperty().get());
    }

    /**
     * Called after marks entered the scene (most enter it after the first frame): marks brought to the front before
     * that are brought there again, the selected one last.
     */
    protected void afterMarksAdded() {
        select(null, state.selectedEventProperty().get());
    }

    /** Whether the layer shows any mark now; true unless a subclass can be switched off. */
    protected boolean shown() {
        return true;
    }

    /** Shows or hides a mark as the selected event's. */
    protected abstract void setSelected(N mark, boolean selected);

    /** The radius of an event's mark on screen now, in pixels: what names keep clear of. */
    protected abstract double radius(String eventId, N mark);

    protected final Map<String, N> marks() {
        return marks;
    }

    /** Shows the marks of the current events (none while not {@link #shown()}) and hides the others. */
    protected final void showCurrent() {
        Set<String> now = new HashSet<>();
        visible.clear();
        if (shown()) {
            for (Event event : current) {
                if (marks.containsKey(event.id()) && now.add(event.id())) {
                    visible.add(event.id());
                }
            }
        }
        marks.forEach((id, mark) -> mark.setVisible(now.contains(id)));
        late.needed(() -> visible.stream().map(marks::get).toList());
        markDirty();
    }

    /** Ids of the events whose marks are shown, in the order of the current events. */
    List<String> visibleIds() {
        return List.copyOf(visible);
    }

    /** Where the shown marks are on screen, so names can keep clear of them. */
    List<ScreenBox> visibleBoxes() {
        MapView view = view();
        List<ScreenBox> boxes = new ArrayList<>(visible.size());
        for (String id : visible) {
            double[] p = points.get(id);
            double r = radius(id, marks.get(id));
            boxes.add(new ScreenBox(view.toScreenX(p[0]) - r, view.toScreenY(p[1]) - r, 2 * r, 2 * r));
        }
        return boxes;
    }

    @Override
    protected final void layoutLayer() {
        MapView view = view();
        for (String id : visible) {
            double[] p = points.get(id);
            N mark = marks.get(id);
            mark.setLayoutX(view.toScreenX(p[0]));
            mark.setLayoutY(view.toScreenY(p[1]));
        }
    }

    @Override
    public final void offer(List<LabelPlacement.Candidate> labels, List<ScreenBox> marks) {
        marks.addAll(visibleBoxes());
    }

    @Override
    public final void show(Map<String, ScreenBox> placed) {
        // marks are drawn where their event is: the names around them make room
    }

    @Override
    public final void drawn(List<String> ids, List<ScreenBox> boxes) {
        // no names of its own
    }

    private void select(String previous, String selected) {
        if (previous != null && marks.containsKey(previous)) {
            setSelected(marks.get(previous), false);
        }
        if (selected != null && marks.containsKey(selected)) {
            setSelected(marks.get(selected), true);
        }
    }
}
