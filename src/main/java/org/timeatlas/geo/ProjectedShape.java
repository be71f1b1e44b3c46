package org.timeatlas.geo;

import java.util.List;

/**
 * A geometry projected once into map metres, ready to be turned into a drawing path: each ring (or line)
 * is a flat array {x0, y0, x1, y1, …}, y north. {@code closed} is true for areas, false for lines.
 * Areas list each polygon's exterior ring followed by its holes; fill them with the even-odd rule.
 */
public record ProjectedShape(List<double[]> rings, boolean closed, WorldBox bounds) {

    public ProjectedShape {
        rings = List.copyOf(rings);
    }

    public int pointCount() {
        return rings.stream().mapToInt(ring -> ring.length / 2).sum();
    }

    public boolean isEmpty() {
        return rings.isEmpty();
    }
}
