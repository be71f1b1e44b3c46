package org.timeatlas.ui.feature;

import javafx.scene.Node;
import javafx.util.Subscription;

/**
 * A map that takes layers from features (highlights, pins, ink), drawn over its own marks and under its chrome, in
 * the order added.
 */
public interface MapLayerHost {

    /**
     * Adds {@code layer}, which from then on is laid out for the map's view and whose {@link MapLayer#occupied()}
     * boxes the map's names keep clear of; returns what removes it again.
     */
    Subscription addLayer(MapLayer layer);

    /**
     * Adds a node drawn in the map's pixels that does not follow the view (e.g. ink over the map); a
     * {@link MapLayer} is added as by {@link #addLayer(MapLayer)}. Returns what removes it again.
     */
    Subscription addLayer(Node node);

    /** How the map shows the world now, e.g. to turn a click into lon/lat. */
    LayerProjection projection();
}
