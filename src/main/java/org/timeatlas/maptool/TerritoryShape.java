package org.timeatlas.maptool;

import org.locationtech.jts.geom.Geometry;

/**
 * One outline of {@code territories.geojson}. {@code tiling} says it is one of the siblings that
 * together cover the country without gaps or overlaps; the others are drawn on top.
 */
record TerritoryShape(String id, Geometry geometry, boolean approximate, boolean tiling) {
}
