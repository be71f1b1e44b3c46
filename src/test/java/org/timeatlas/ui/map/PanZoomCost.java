package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Territory;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ProjectedShape;

/**
 * Not a test: measures what one pan/zoom step costs the way the map does it (one group transform, strokes
 * and pattern anchors rescaled, labels and marks re-placed) against re-projecting every cached shape into
 * new screen-space path elements, the alternative.
 */
final class PanZoomCost {

    private PanZoomCost() {
    }

    static void compare(MapPane map, Atlas atlas) {
        int steps = 200;
        long begin = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            if (i % 2 == 0) {
                map.zoomIn();
            } else {
                map.zoomOut();
            }
            map.layout();
        }
        double transformMillis = (System.nanoTime() - begin) / 1e6 / steps;
        LabelLayer labels = (LabelLayer) map.lookup(".map-label-layer");
        begin = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            labels.replace();
            map.layout();
        }
        double labelMillis = (System.nanoTime() - begin) / 1e6 / steps;

        ProjectedAtlas geometry = new ProjectedAtlas(atlas, MapPane.SIMPLIFY_METRES);
        List<ProjectedShape> shapes = new ArrayList<>();
        for (Territory territory : atlas.territories()) {
            shapes.add(geometry.territoryShape(territory.id()));
        }
        geometry.base().forEach(base -> shapes.add(base.shape()));
        int points = shapes.stream().mapToInt(ProjectedShape::pointCount).sum();
        List<Path> paths = shapes.stream().map(shape -> new Path()).toList();
        MapView view = map.viewProperty().get();
        begin = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            MapView step = i % 2 == 0 ? view.zoomed(1.5) : view;
            for (int s = 0; s < shapes.size(); s++) {
                paths.get(s).getElements().setAll(screenElements(shapes.get(s), step));
            }
        }
        double reprojectMillis = (System.nanoTime() - begin) / 1e6 / steps;
        System.out.printf("pan/zoom step over %d shapes, %d points: group transform %.3f ms of which labels %.3f ms; "
                + "re-projecting the paths instead %.3f ms (without labels)%n",
                shapes.size(), points, transformMillis, labelMillis, reprojectMillis);
    }

    private static List<PathElement> screenElements(ProjectedShape shape, MapView view) {
        List<PathElement> elements = new ArrayList<>(shape.pointCount() + shape.rings().size());
        for (double[] ring : shape.rings()) {
            elements.add(new MoveTo(view.toScreenX(ring[0]), view.toScreenY(ring[1])));
            for (int i = 2; i < ring.length; i += 2) {
                elements.add(new LineTo(view.toScreenX(ring[i]), view.toScreenY(ring[i + 1])));
            }
            if (shape.closed()) {
                elements.add(new ClosePath());
            }
        }
        return elements;
    }
}
