package org.timeatlas.ui.animation;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.feature.MapLayerHost;
import org.timeatlas.ui.feature.Slots;

/**
 * The slots of an animation frame: the map (with the layers features add to it) is what a frame pictures; side
 * panels, the bottom strip, the toolbar and window overlays are not part of a frame and are left out.
 */
final class FrameSlots implements Slots {

    private final StackPane mapPlace = new StackPane();
    private MapLayerHost host;

    /** Where the map goes in the frame. */
    StackPane mapPlace() {
        return mapPlace;
    }

    @Override
    public Subscription map(Node map, MapLayerHost mapHost) {
        mapPlace.getChildren().setAll(map);
        host = mapHost;
        return () -> {
            mapPlace.getChildren().remove(map);
            host = null;
        };
    }

    @Override
    public Subscription sidePanel(String id, Node panel, int order, ObservableBooleanValue shown) {
        return Subscription.EMPTY;
    }

    @Override
    public Subscription bottom(Node node) {
        return Subscription.EMPTY;
    }

    @Override
    public Subscription toolbar(Node widget, ToolbarPlace place) {
        return Subscription.EMPTY;
    }

    /** Frames are never presented: the animation's own layout is fixed. */
    @Override
    public Subscription presentation(Node band, javafx.beans.value.ObservableDoubleValue rootFontSize,
                                     double bottomShare) {
        return Subscription.EMPTY;
    }

    @Override
    public Subscription overlay(Node node) {
        return Subscription.EMPTY;
    }

    @Override
    public Subscription mapLayer(Node layer) {
        if (host == null) {
            throw new IllegalStateException("a map layer before the map");
        }
        return host.addLayer(layer);
    }
}
