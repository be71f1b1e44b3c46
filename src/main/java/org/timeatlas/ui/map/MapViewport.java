package org.timeatlas.ui.map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.WorldBox;

/**
 * The observable viewport of the map: fits, zooms and pans the {@link MapView} within limits — no closer
 * than {@link #MIN_METRES_PER_PIXEL}, no further out than a few times the home view, and never so far
 * that the map leaves the screen.
 */
final class MapViewport {

    static final double MIN_METRES_PER_PIXEL = 15;
    static final double MAX_ZOOM_OUT_FROM_HOME = 3;
    static final double MARGIN = 24;
    static final double STEP = 1.5;

    private final WorldBox home;
    private final WorldBox extent;
    private final ReadOnlyObjectWrapper<MapView> view;
    private boolean atHome = true;

    MapViewport(WorldBox home, WorldBox extent) {
        this.home = home;
        this.extent = extent;
        view = new ReadOnlyObjectWrapper<>(this, "view", MapView.fitting(home, 1, 1, 0));
    }

    ReadOnlyObjectProperty<MapView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    MapView view() {
        return view.get();
    }

    /** Follows a new size: refits while the user has not moved away from home, else keeps centre and scale. */
    void resize(double width, double height) {
        if (width <= 0 || height <= 0 || (width == view().width() && height == view().height())) {
            return;
        }
        if (atHome) {
            view.set(MapView.fitting(home, width, height, MARGIN));
        } else {
            set(view().resized(width, height));
        }
    }

    void fitHome() {
        atHome = true;
        view.set(MapView.fitting(home, view().width(), view().height(), MARGIN));
    }

    void zoomAt(double screenX, double screenY, double factor) {
        MapView current = view();
        double homeScale = MapView.fitting(home, current.width(), current.height(), MARGIN).metresPerPixel();
        double wanted = current.metresPerPixel() / factor;
        double allowed = Math.max(MIN_METRES_PER_PIXEL, Math.min(homeScale * MAX_ZOOM_OUT_FROM_HOME, wanted));
        if (allowed != current.metresPerPixel()) {
            set(current.zoomedAround(screenX, screenY, current.metresPerPixel() / allowed));
        }
    }

    void zoomIn() {
        zoomAt(view().width() / 2, view().height() / 2, STEP);
    }

    void zoomOut() {
        zoomAt(view().width() / 2, view().height() / 2, 1 / STEP);
    }

    void panBy(double dx, double dy) {
        set(view().panned(dx, dy));
    }

    private void set(MapView wanted) {
        atHome = false;
        view.set(wanted.withCenterWithin(extent));
    }
}
