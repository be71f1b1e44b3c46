package org.timeatlas.ui.map;

import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.scene.shape.Path;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas.BaseShape;

/**
 * Background shapes in map metres, in atlas order. The map has two: one under the territories (sea,
 * neighbouring countries, relief) and one over them (lakes, rivers, borders), so water and borders are not
 * hidden by the status fills.
 */
final class BaseLayer extends MapLayer {

    private final ScreenStrokes strokes = new ScreenStrokes();

    static final Set<String> OVER_TERRITORIES = Set.of("lake", "river", "border");

    /** @param over true for the layer over the territories, false for the one under them */
    BaseLayer(ObservableValue<MapView> view, List<BaseShape> base, boolean over) {
        super(view);
        getStyleClass().add(over ? "map-base-over" : "map-base-under");
        for (BaseShape feature : base) {
            if (OVER_TERRITORIES.contains(feature.role()) != over) {
                continue;
            }
            Path path = ShapePaths.pathOf(feature.shape());
            path.getStyleClass().addAll("map-base", "map-base-" + feature.role());
            if (!feature.shape().closed()) {
                path.getStyleClass().add("map-base-line");
            }
            strokes.add(path, strokePixels(feature.role()));
            getChildren().add(path);
        }
    }

    @Override
    protected void layoutLayer() {
        strokes.rescale(view().metresPerPixel());
    }

    private static double strokePixels(String role) {
        return switch (role) {
            case "river" -> 1.1;
            case "border" -> 1.4;
            case "lake" -> 0.6;
            case "relief" -> 0;
            default -> 0.8;
        };
    }
}
