package org.timeatlas.ui.feature;

import javafx.geometry.Point2D;
import javafx.util.Subscription;

/**
 * How a map shows the world now, for a {@link MapLayer}: lon/lat (WGS 84 degrees) to the layer's pixels and back,
 * the scale and the size of the map. The layer's pixels are the map's own: (0, 0) is its top-left corner, y grows
 * downwards. Every value follows the current view: read them in {@link MapLayer#layoutLayer()}, which runs again
 * after every pan, zoom, glide step, resize or change of the interface scale.
 */
public interface LayerProjection {

    /** Where the point at {@code lon}, {@code lat} (degrees) is drawn now, in the layer's pixels. */
    Point2D toLayer(double lon, double lat);

    /** The lon/lat (degrees: x = longitude, y = latitude) under the layer's pixel ({@code x}, {@code y}) now. */
    Point2D toLonLat(double x, double y);

    /** How many projected metres one pixel covers now, at the centre of the map. */
    double metresPerPixel();

    /** The interface scale, 1 at 100 %: marks drawn in pixels are sized by it, as the map's own are. */
    double uiScale();

    /** The map's width now, in pixels. */
    double width();

    /** The map's height now, in pixels. */
    double height();

    /** Runs {@code changed} after every change of the view or of the interface scale; returns what ends it. */
    Subscription subscribe(Runnable changed);
}
