package org.timeatlas.ui.map;

import javafx.beans.value.ObservableValue;
import org.timeatlas.geo.MapView;

/**
 * A layer of the map's own, drawn in map metres or placed from them: the public {@link
 * org.timeatlas.ui.feature.MapLayer} (one layout hook, built once, laid out when dirty) with the map's {@link MapView}
 * at hand, so the built-in layers work in projected metres rather than lon/lat.
 */
abstract class MapLayer extends org.timeatlas.ui.feature.MapLayer {

    private final ObservableValue<MapView> view;

    MapLayer(ObservableValue<MapView> view) {
        this.view = view;
        keep(view.subscribe((old, now) -> markDirty()));
    }

    protected final MapView view() {
        return view.getValue();
    }
}
