package org.timeatlas.ui.feature;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.util.Subscription;

/**
 * One layer of the map, in the manner of Gluon Maps' {@code MapLayer}: its nodes are built once, and
 * {@link #layoutLayer()} places them for the current view, in the next layout pass after the view changes (pan,
 * zoom, glide, resize, interface scale) or the layer calls {@link #markDirty()}. Layout only moves, shows, hides or
 * resizes nodes. A feature adds one with {@link Slots#mapLayer(MapLayer)}; from then on {@link #projection()}
 * turns lon/lat into the layer's pixels.
 *
 * <p>Names on the map are placed in one pass for all layers, so none covers another: a layer tells the pass what
 * it occupies through {@link #occupied()} (e.g. a pin), and the map's names keep clear of it.</p>
 */
public abstract class MapLayer extends Group {

    private LayerProjection projection;
    private boolean dirty = true;
    private Subscription kept = Subscription.EMPTY;
    private Runnable laidOut = () -> { };

    protected MapLayer() {
        setAutoSizeChildren(false);
        setManaged(false);
    }

    /**
     * Puts this layer on a map that shows the world through {@code projection}; called by the map
     * ({@link MapLayerHost}) when the layer is added, then {@link #initialize()} runs. Returns what takes it off.
     *
     * @throws IllegalStateException when the layer is already on a map
     */
    public final Subscription attach(LayerProjection projection) {
        if (this.projection != null) {
            throw new IllegalStateException("the layer is already on a map");
        }
        this.projection = projection;
        Subscription follow = projection.subscribe(this::markDirty);
        initialize();
        markDirty();
        return () -> {
            follow.unsubscribe();
            this.projection = null;
        };
    }

    /**
     * How the map shows the world now.
     *
     * @throws IllegalStateException before the layer is on a map
     */
    protected final LayerProjection projection() {
        if (projection == null) {
            throw new IllegalStateException("the layer is not on a map");
        }
        return projection;
    }

    /** True while the layer is on a map. */
    public final boolean isAttached() {
        return projection != null;
    }

    /** Runs once when the layer is put on a map; {@link #projection()} can be used from here on. */
    protected void initialize() {
    }

    /** Keeps {@code subscription} (e.g. a listener on the explorer state) until {@link #dispose}. */
    protected final void keep(Subscription subscription) {
        kept = kept.and(subscription);
    }

    /** Ends every listener this layer keeps. */
    public void dispose() {
        kept.unsubscribe();
        kept = Subscription.EMPTY;
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
            laidOut.run();
        }
    }

    /**
     * Runs {@code action} after each {@link #layoutLayer()}; the map that holds the layer uses it to place its names
     * again, clear of what the layer {@link #occupied() occupies} now.
     */
    public final void setOnLaidOut(Runnable action) {
        laidOut = action == null ? () -> { } : action;
    }

    /** Places this layer's nodes for the current view. */
    protected abstract void layoutLayer();

    /**
     * What this layer covers now, in its own pixels, for the map's label placement: names are not placed over it.
     * Read after {@link #layoutLayer()}; none by default.
     */
    public List<Bounds> occupied() {
        return List.of();
    }
}
