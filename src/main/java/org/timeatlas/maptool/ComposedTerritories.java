package org.timeatlas.maptool;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** The territories built from the sources, in drawing order, and the country outline they tile. */
record ComposedTerritories(Geometry country, List<TerritoryShape> shapes) {

    TerritoryShape shape(String id) {
        return shapes.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no territory " + id));
    }

    List<TerritoryShape> tiling() {
        return shapes.stream().filter(TerritoryShape::tiling).toList();
    }
}
