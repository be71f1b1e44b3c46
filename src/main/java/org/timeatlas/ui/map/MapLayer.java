package org.timeatlas.ui.map;

import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import org.timeatlas.geo.MapView;

/**
 * One layer of the map, in the manner of Gluon Maps' MapLayer: it lays its nodes out for the current
 * view in {@link #layoutLayer}, which runs in the next layout pass after the view changes or the layer
 * calls {@link #markDirty()}. Nodes are built once; layout only moves, shows, hides or resizes them.
 */
abstract class MapLayer extends Group {

    private final ObservableValue<MapView> view;
    private boolean dirty = true;
    private javafx.util.Subscription kept = javafx.util.Subscription.EMPTY;

    MapLayer(ObservableValue<MapView> view) {
        this.view = view;
        setAutoSizeChildren(false);
        kept = view.subscribe((old, now) -> markDirty());
    }

    protected final MapView view() {
        return view.getValue();
    }

    /** Keeps {@code subscription} (a listener on the explorer state) until {@link #dispose}. */
    protected final void keep(javafx.util.Subscription subscription) {
        kept = kept.and(subscription);
    }

    /** Ends every listener this layer keeps, when the map is closed. */
    void dispose() {
        kept.unsubscribe();
    }

    /** Asks for {@link #layoutLayer} in the next layout pass. */
    protected final void markDirty() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected final void layoutChildren() {
        if (dirty) {
            dirty = false;
            layoutLayer();
        }
    }

    /** Places this layer's nodes for {@link #view()}. */
    protected abstract void layoutLayer();
}
