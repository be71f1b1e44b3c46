package org.timeatlas.ui.feature;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.util.Subscription;
import org.timeatlas.ui.command.ToolbarPlace;

/**
 * The named places of the main window a feature may fill. Each call returns what takes the node out again.
 */
public interface Slots {

    /** The map's place, beside the side column; the host lets later features add map layers. */
    Subscription map(Node map, MapLayerHost host);

    /**
     * A panel of the side column, top to bottom by {@code order}. It takes room only while {@code shown} is
     * true; the column's dividers are the user's to move and are remembered under {@code id}.
     */
    Subscription sidePanel(String id, Node panel, int order, ObservableBooleanValue shown);

    /** The strip under the map and side column (the timeline). */
    Subscription bottom(Node node);

    /** A widget of the toolbar, among the commands' buttons. */
    Subscription toolbar(Node widget, ToolbarPlace place);

    /** A layer over the whole window (e.g. a blank screen); it lets the mouse through where it is transparent. */
    Subscription overlay(Node node);

    /**
     * Lays the window out for presenting until the subscription ends: the menus, the toolbar and the side column
     * are hidden, {@code band} (a caption band) sits above the bottom strip, and the root font size follows
     * {@code rootFontSize} (pixels), which everything sized in em and every name the map draws follows; the bottom
     * strip (the timeline) takes {@code bottomShare} of that size, so it stays a slim strip. The root has the style
     * class {@code presenting} meanwhile.
     *
     * @throws IllegalStateException when the window is presenting already
     */
    Subscription presentation(Node band, ObservableDoubleValue rootFontSize, double bottomShare);

    /**
     * Adds a node to the map installed with {@link #map}, in the map's pixels; a {@link MapLayer} follows the map's
     * view. Throws IllegalStateException before a map is installed.
     */
    Subscription mapLayer(Node layer);

    /**
     * Adds a layer that follows the map's view (pan, zoom, glide) to the map installed with {@link #map}: see
     * {@link MapLayer}. Throws IllegalStateException before a map is installed.
     */
    default Subscription mapLayer(MapLayer layer) {
        return mapLayer((Node) layer);
    }
}
