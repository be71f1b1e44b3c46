package org.timeatlas.maptool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Removes slivers from a set of sibling territories that tile an area: each polygon smaller than a
 * threshold is handed to the sibling that shares the longest border with it (or dropped when it
 * touches none), so the tiling keeps neither gaps nor thin strips.
 */
final class SliverMerger {

    private final double minArea;

    SliverMerger(double minAreaSquareDegrees) {
        this.minArea = minAreaSquareDegrees;
    }

    void merge(Map<String, Geometry> siblings) {
        for (String id : List.copyOf(siblings.keySet())) {
            List<Polygon> keep = new ArrayList<>();
            for (Polygon part : Geometries.polygons(siblings.get(id))) {
                if (part.getArea() >= minArea) {
                    keep.add(part);
                    continue;
                }
                String neighbour = longestSharedBorder(part, id, siblings);
                if (neighbour != null) {
                    siblings.put(neighbour, Geometries.union(siblings.get(neighbour), part));
                }
            }
            siblings.put(id, Geometries.polygonal(Geometries.FACTORY.buildGeometry(keep)));
        }
    }

    private static String longestSharedBorder(Polygon part, String self, Map<String, Geometry> siblings) {
        Geometry rim = part.buffer(1e-6);
        String best = null;
        double bestShared = 0;
        for (Map.Entry<String, Geometry> e : siblings.entrySet()) {
            Geometry other = e.getValue();
            if (e.getKey().equals(self) || other.isEmpty()
                    || !rim.getEnvelopeInternal().intersects(other.getEnvelopeInternal())) {
                continue;
            }
            double shared = Geometries.intersection(rim, other).getArea();
            if (shared > bestShared) {
                bestShared = shared;
                best = e.getKey();
            }
        }
        return best;
    }
}
