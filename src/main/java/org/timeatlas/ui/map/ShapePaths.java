package org.timeatlas.ui.map;

import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineJoin;
import org.timeatlas.geo.ProjectedShape;

/**
 * Turns projected shapes into paths in map metres with y pointing down (screen orientation), so a single
 * scale-and-translate of their group places them on screen.
 */
final class ShapePaths {

    private ShapePaths() {
    }

    static Path pathOf(ProjectedShape shape) {
        Path path = new Path();
        path.setFillRule(FillRule.EVEN_ODD);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        for (double[] ring : shape.rings()) {
            PathElement[] elements = new PathElement[ring.length / 2 + (shape.closed() ? 1 : 0)];
            elements[0] = new MoveTo(ring[0], -ring[1]);
            for (int i = 1; i < ring.length / 2; i++) {
                elements[i] = new LineTo(ring[2 * i], -ring[2 * i + 1]);
            }
            if (shape.closed()) {
                elements[elements.length - 1] = new ClosePath();
            }
            path.getElements().addAll(elements);
        }
        return path;
    }
}
