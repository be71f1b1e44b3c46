package org.timeatlas.ui.map;

import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.util.Subscription;
import org.timeatlas.geo.MapProjection;
import org.timeatlas.geo.MapView;
import org.timeatlas.ui.feature.LayerProjection;

/** The map's view as layers of features see it: the atlas projection and the current {@link MapView} in one. */
final class ViewProjection implements LayerProjection {

    private final MapProjection projection;
    private final ObservableValue<MapView> view;
    private final ObservableDoubleValue uiScale;

    ViewProjection(MapProjection projection, ObservableValue<MapView> view, ObservableDoubleValue uiScale) {
        this.projection = projection;
        this.view = view;
        this.uiScale = uiScale;
    }

    @Override
    public Point2D toLayer(double lon, double lat) {
        double[] xy = projection.project(lon, lat);
        MapView now = view.getValue();
        return new Point2D(now.toScreenX(xy[0]), now.toScreenY(xy[1]));
    }

    @Override
    public Point2D toLonLat(double x, double y) {
        MapView now = view.getValue();
        double[] lonLat = projection.unproject(now.toWorldX(x), now.toWorldY(y));
        return new Point2D(lonLat[0], lonLat[1]);
    }

    @Override
    public double metresPerPixel() {
        return view.getValue().metresPerPixel();
    }

    @Override
    public double uiScale() {
        return uiScale.get();
    }

    @Override
    public double width() {
        return view.getValue().width();
    }

    @Override
    public double height() {
        return view.getValue().height();
    }

    @Override
    public Subscription subscribe(Runnable changed) {
        return view.subscribe((old, now) -> changed.run()).and(uiScale.subscribe((old, now) -> changed.run()));
    }
}
