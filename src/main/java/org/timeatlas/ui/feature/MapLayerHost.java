package org.timeatlas.ui.feature;

import javafx.scene.Node;
import javafx.util.Subscription;

/** A map that takes layers from features (highlights, pins, ink), drawn over its own in the order added. */
public interface MapLayerHost {

    /** Adds {@code layer}; returns what removes it again. */
    Subscription addLayer(Node layer);
}
