package org.timeatlas.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.BaseFeature;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.HomeArea;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Movement;
import org.timeatlas.atlas.Place;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;

/**
 * Everything of an atlas the map draws, projected into map metres once: territory and background shapes,
 * label anchors, event positions, the home box and a hit tester for territories (overlays are not picked).
 */
public final class ProjectedAtlas {

    /** How far the map may be panned beyond the home box, in times its size on each side. */
    private static final double EXTENT_GROWTH = HomeArea.GROWTH;

    /** A background feature ready to draw; {@code labelAt} is null for unnamed features. */
    public record BaseShape(String role, ProjectedShape shape, LocalizedText name, double[] labelAt) {
    }

    private final ShapeProjector projector;
    private final WorldBox home;
    private final WorldBox extent;
    private final Map<String, ProjectedShape> territoryShapes = new HashMap<>();
    private final List<BaseShape> base = new ArrayList<>();
    private final Map<String, double[]> placePoints = new HashMap<>();
    private final Map<String, double[]> eventPoints = new HashMap<>();
    private final Map<String, ProjectedPath> movementPaths = new HashMap<>();
    private final TerritoryHitTester hitTester;

    /** @param toleranceMetres vertices closer than this to the simplified outline are dropped (0 keeps all) */
    public ProjectedAtlas(Atlas atlas, double toleranceMetres) {
        projector = new ShapeProjector(atlas.info().projection());
        Bounds homeBounds = atlas.info().home();
        home = projector.project(homeBounds);
        extent = grown(home, EXTENT_GROWTH);

        List<TerritoryHitTester.Area> areas = new ArrayList<>();
        for (Territory territory : atlas.territories()) {
            Geometry projected = projector.project(territory.outline());
            territoryShapes.put(territory.id(), ShapeProjector.shapeOf(projected, toleranceMetres));
            if (territory.kind() == TerritoryKind.TERRITORY) {
                areas.add(new TerritoryHitTester.Area(territory.id(), projected));
            }
        }
        hitTester = new TerritoryHitTester(areas);

        HomeArea clip = new HomeArea(homeBounds);
        Geometry labelArea = new GeometryFactory().toGeometry(toEnvelope(home));
        for (BaseFeature feature : atlas.base()) {
            Geometry clipped = clip.clip(feature.geometry());
            if (clipped.isEmpty()) {
                continue;
            }
            Geometry projected = projector.project(clipped);
            double[] labelAt = feature.name() == null || projected.getDimension() < 2
                    ? null : labelPoint(projected, labelArea);
            base.add(new BaseShape(feature.role(), ShapeProjector.shapeOf(projected, toleranceMetres),
                    feature.name(), labelAt));
        }
        for (Place place : atlas.places()) {
            placePoints.put(place.id(), projector.project(place.location()));
        }
        for (Event event : atlas.events()) {
            event.place().ifPresent(point -> eventPoints.put(event.id(), projector.project(point)));
        }
        for (Movement movement : atlas.movements()) {
            Coordinate[] line = projector.project(movement.path()).getCoordinates();
            if (line.length >= 2) {
                double[] points = new double[line.length * 2];
                for (int i = 0; i < line.length; i++) {
                    points[2 * i] = line[i].x;
                    points[2 * i + 1] = line[i].y;
                }
                movementPaths.put(movement.id(), new ProjectedPath(points));
            }
        }
    }

    /** The path of a movement in map metres, from where it started to where it ended. */
    public Optional<ProjectedPath> movementPath(String movementId) {
        return Optional.ofNullable(movementPaths.get(movementId));
    }

    public ShapeProjector projector() {
        return projector;
    }

    /** The projected box of the atlas's home view. */
    public WorldBox home() {
        return home;
    }

    /** How far the map may be panned: the home box with a wide margin. */
    public WorldBox extent() {
        return extent;
    }

    public ProjectedShape territoryShape(String territoryId) {
        return territoryShapes.get(territoryId);
    }

    public List<BaseShape> base() {
        return base;
    }

    public Optional<double[]> placePoint(String placeId) {
        return Optional.ofNullable(placePoints.get(placeId));
    }

    public Optional<double[]> eventPoint(String eventId) {
        return Optional.ofNullable(eventPoints.get(eventId));
    }

    public TerritoryHitTester hitTester() {
        return hitTester;
    }

    /** A point well inside the part of {@code area} that the home view shows, for the feature's name. */
    private static double[] labelPoint(Geometry area, Geometry visible) {
        Geometry part;
        try {
            part = area.intersection(visible);
        } catch (RuntimeException invalidGeometry) {
            part = area;
        }
        if (part.isEmpty()) {
            return null;
        }
        Coordinate point = InteriorPointArea.getInteriorPoint(part);
        return point == null ? null : new double[] {point.x, point.y};
    }

    private static WorldBox grown(WorldBox box, double factor) {
        double dx = box.width() * factor;
        double dy = box.height() * factor;
        return new WorldBox(box.minX() - dx, box.minY() - dy, box.maxX() + dx, box.maxY() + dy);
    }

    private static Envelope toEnvelope(WorldBox box) {
        return new Envelope(box.minX(), box.maxX(), box.minY(), box.maxY());
    }
}
