package org.timeatlas.maptool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Shares a region from one source (Natural Earth) out among district outlines from another source
 * (geoBoundaries) whose edges do not match it. Each district first gets the part of the region it
 * covers; the rest of the region (strips where the two sources disagree) then goes to the nearest
 * district (a Voronoi diagram of points along the districts' edges). So the region's own outer edge is
 * kept, the districts' inner edges are kept, and the shares never overlap.
 */
final class DistrictSnapper {

    /** Districts that have at least this share of their own area inside the region compete for it. */
    static final double OWN_SHARE = 0.4;

    private final double spacing;
    private final double maxDistance;

    /**
     * @param spacingDegrees distance between the points taken along district edges
     * @param maxDistanceDegrees parts of the region farther than this from every district stay unassigned
     */
    DistrictSnapper(double spacingDegrees, double maxDistanceDegrees) {
        this.spacing = spacingDegrees;
        this.maxDistance = maxDistanceDegrees;
    }

    /** The districts of {@code candidates} that mostly lie inside {@code region}. */
    static Map<String, Geometry> districtsOf(Geometry region, Map<String, Geometry> candidates) {
        Map<String, Geometry> own = new LinkedHashMap<>();
        candidates.forEach((name, district) -> {
            double inside = Geometries.intersection(district, region).getArea();
            if (inside >= OWN_SHARE * district.getArea()) {
                own.put(name, district);
            }
        });
        return own;
    }

    /** The region shared out among {@code districts}, by name. */
    Map<String, Geometry> share(Geometry region, Map<String, Geometry> districts) {
        Map<String, Geometry> shares = new LinkedHashMap<>();
        List<Geometry> taken = new ArrayList<>();
        for (Map.Entry<String, Geometry> e : districts.entrySet()) {
            Geometry core = Geometries.intersection(region, e.getValue());
            if (!taken.isEmpty()) {
                core = Geometries.difference(core, Geometries.union(taken));
            }
            shares.put(e.getKey(), core);
            taken.add(core);
        }
        Geometry rest = Geometries.difference(region, Geometries.union(taken));
        if (rest.isEmpty()) {
            return shares;
        }
        Map<String, List<Geometry>> cells = nearestCells(shares, rest);
        for (Map.Entry<String, Geometry> e : shares.entrySet()) {
            List<Geometry> own = cells.getOrDefault(e.getKey(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            Geometry cellUnion = Geometries.FACTORY.buildGeometry(own).buffer(1e-9);
            Geometry reach = Geometries.intersection(cellUnion, e.getValue().buffer(maxDistance, 4));
            Geometry grab = Geometries.intersection(rest, reach);
            e.setValue(Geometries.union(e.getValue(), grab));
        }
        return shares;
    }

    /** Voronoi cells of points along each share's edge near the rest, grouped by the share they belong to. */
    private Map<String, List<Geometry>> nearestCells(Map<String, Geometry> shares, Geometry rest) {
        Envelope area = new Envelope(rest.getEnvelopeInternal());
        area.expandBy(maxDistance);
        Map<Coordinate, String> owner = new HashMap<>();
        for (Map.Entry<String, Geometry> e : shares.entrySet()) {
            for (Coordinate c : Densifier.densify(e.getValue().getBoundary(), spacing).getCoordinates()) {
                if (area.contains(c)) {
                    owner.put(new Coordinate(c.x, c.y), e.getKey());
                }
            }
        }
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(owner.keySet());
        voronoi.setClipEnvelope(area);
        Geometry diagram = voronoi.getDiagram(Geometries.FACTORY);
        Map<String, List<Geometry>> cells = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            Coordinate site = (Coordinate) cell.getUserData();
            String name = owner.get(new Coordinate(site.x, site.y));
            if (name != null && cell.getEnvelopeInternal().intersects(rest.getEnvelopeInternal())) {
                cells.computeIfAbsent(name, k -> new ArrayList<>()).add(cell);
            }
        }
        return cells;
    }
}
