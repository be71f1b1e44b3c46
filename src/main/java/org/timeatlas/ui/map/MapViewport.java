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
    /** The box last fitted, fitted again when the size changes, until the user pans or zooms (then null). */
    private WorldBox fitted;
    private double reservedTop;
    private double reservedRight;
    private double reservedBottom;
    private double reservedLeft;
    /** Stops a glide under way: any other move of the view wins over it. */
    private Runnable interrupt = () -> { };

    MapViewport(WorldBox home, WorldBox extent) {
        this.home = home;
        this.extent = extent;
        view = new ReadOnlyObjectWrapper<>(this, "view", MapView.fitting(home, 1, 1, 0));
        fitted = home;
    }

    /**
     * Keeps strips along the edges (pixels covered by e.g. the legend) out of the part fits use; refits
     * when they change while a fitted box is shown.
     */
    void reserve(double top, double right, double bottom, double left) {
        if (top == reservedTop && right == reservedRight && bottom == reservedBottom && left == reservedLeft) {
            return;
        }
        reservedTop = top;
        reservedRight = right;
        reservedBottom = bottom;
        reservedLeft = left;
        if (fitted != null && view().width() > 1) {
            view.set(fitting(fitted, view().width(), view().height()));
        }
    }

    /** Runs {@code action} before every move of the view other than a glide step (e.g. to stop the glide). */
    void onMove(Runnable action) {
        interrupt = action;
    }

    /** The view that {@link #fit} would show for {@code box} now. */
    MapView fitted(WorldBox box) {
        return fitting(box, view().width(), view().height());
    }

    /** The view that {@link #centreOn} would show now. */
    MapView centred(double x, double y, double metresPerPixel) {
        MapView current = view();
        double scale = Math.max(MIN_METRES_PER_PIXEL, Math.min(current.metresPerPixel(), metresPerPixel));
        return new MapView(x, y, scale, current.width(), current.height()).withCenterWithin(extent);
    }

    /** One step of a glide: shows {@code step} as it is, with no fitted box to keep, and does not stop the glide. */
    void glideStep(MapView step) {
        fitted = null;
        view.set(step.resized(view().width(), view().height()));
    }

    /** Shows all of {@code box} in the part of the map left free, until the user pans or zooms. */
    void fit(WorldBox box) {
        interrupt.run();
        fitted = box;
        view.set(fitting(box, view().width(), view().height()));
    }

    private MapView fitting(WorldBox box, double width, double height) {
        return MapView.fittingInside(box, width, height, reservedTop, reservedRight, reservedBottom, reservedLeft,
                MARGIN);
    }

    ReadOnlyObjectProperty<MapView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    MapView view() {
        return view.get();
    }

    /**
     * Follows a new size: refits the box last fitted while the user has not moved away from it, else keeps centre
     * and scale. A glide under way goes on (it is not the user's move): it lands on its target fitted at the new size.
     */
    void resize(double width, double height) {
        if (width <= 0 || height <= 0 || (width == view().width() && height == view().height())) {
            return;
        }
        if (fitted != null) {
            view.set(fitting(fitted, width, height));
        } else {
            view.set(view().resized(width, height).withCenterWithin(extent));
        }
    }

    void fitHome() {
        fit(home);
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

    /** Centres on a world point, zooming in to {@code metresPerPixel} unless the view is already closer. */
    void centreOn(double x, double y, double metresPerPixel) {
        set(centred(x, y, metresPerPixel));
    }

    /** Shows exactly the centre and scale of {@code other} (another map of the same projection) at this size. */
    void follow(MapView other) {
        set(new MapView(other.centerX(), other.centerY(), other.metresPerPixel(), view().width(), view().height()));
    }

    void panBy(double dx, double dy) {
        set(view().panned(dx, dy));
    }

    private void set(MapView wanted) {
        interrupt.run();
        fitted = null;
        view.set(wanted.withCenterWithin(extent));
    }
}
