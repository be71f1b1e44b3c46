package org.timeatlas.ui.map;

import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import org.timeatlas.atlas.Event;
import org.timeatlas.ui.LazyTooltip;

/**
 * An event's mark in screen pixels: a circle sized by importance — filled for a documented fact, hollow
 * with a dashed ring for a claim — and a ring around it while the event is selected. It is built at its size at
 * 100 % and scaled as a whole, strokes included, to the interface scale. The selection and tour-step rings are made
 * the first time they are shown: a few markers ever need them, and each node of the hundreds of markers is styled
 * and laid out before the explorer's first frame. It has no node id: JavaFX matches style sheets once per distinct
 * type, id and style classes, so hundreds of marks with ids of their own each cost a match (about 0.1–0.2 s in
 * all before the first frame); {@link MapPane#eventMark} finds one.
 */
final class EventMarker extends Group {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    /** A tour step's ring lies outside the selection ring, so both can be seen at once. */
    private static final double HIGHLIGHT_GAP = 8;
    private static final double[] RADIUS_BY_IMPORTANCE = {5, 7, 9.5};
    private static final double SELECTION_GAP = 4;

    private final Event event;
    private final double[] worldPoint;
    private Circle ring;
    private Circle highlightRing;
    private final double radius;

    EventMarker(Event event, double[] worldPoint) {
        this.event = event;
        this.worldPoint = worldPoint;
        radius = RADIUS_BY_IMPORTANCE[Math.max(1, Math.min(3, event.importance())) - 1];
        Circle mark = new Circle(radius);
        mark.getStyleClass().addAll("map-event-mark", event.claim() ? "claim" : "fact");
        getChildren().add(mark);
        getStyleClass().addAll("map-event", event.claim() ? "claim" : "fact", "importance-" + event.importance());
        setManaged(false);
        setVisible(false);
    }

    Event event() {
        return event;
    }

    /** Its radius on screen now, in pixels. */
    double radius() {
        return radius * getScaleX();
    }

    /** Draws it at {@code scale} times its size at 100 %. */
    void scaleTo(double scale) {
        setScaleX(scale);
        setScaleY(scale);
    }

    double[] worldPoint() {
        return worldPoint;
    }

    void setSelected(boolean selected) {
        if (ring == null && !selected) {
            return;
        }
        if (ring == null) {
            ring = ring(SELECTION_GAP, "map-event-ring");
            // under the mark, above the tour-step ring
            getChildren().add(getChildren().size() - 1, ring);
        }
        ring.setVisible(selected);
        pseudoClassStateChanged(SELECTED, selected);
        if (selected) {
            toFront();
        }
    }

    /** Rings it as a tour step's event while {@code highlighted}. */
    void setHighlighted(boolean highlighted) {
        if (highlightRing == null && !highlighted) {
            return;
        }
        if (highlightRing == null) {
            highlightRing = ring(HIGHLIGHT_GAP, "map-event-highlight");
            highlightRing.setMouseTransparent(true);
            getChildren().add(0, highlightRing);
        }
        highlightRing.setVisible(highlighted);
        pseudoClassStateChanged(HIGHLIGHTED, highlighted);
        if (highlighted) {
            toFront();
        }
    }

    private Circle ring(double gap, String styleClass) {
        Circle made = new Circle(radius + gap);
        made.getStyleClass().add(styleClass);
        return made;
    }

    boolean isHighlighted() {
        return highlightRing != null && highlightRing.isVisible();
    }

    /** Its radius on screen now with the highlight ring, in pixels: what names keep clear of. */
    double outerRadius() {
        return (isHighlighted() ? radius + HIGHLIGHT_GAP + 2 : radius) * getScaleX();
    }

    /** Installs the tooltip on first hover, so hundreds of markers do not each build one up front. */
    void tooltipFrom(javafx.beans.value.ObservableValue<String> text) {
        LazyTooltip.install(this, () -> EventMarkLayer.markTooltip(text, "map-event-tooltip"));
    }
}
