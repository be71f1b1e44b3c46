package org.timeatlas.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the territory under a point of the map (in projected metres). Areas are given in drawing order,
 * so a later area lies above an earlier one and wins where they overlap.
 */
public final class TerritoryHitTester {

    /** One pickable area: its id, its projected outline and its place in the drawing order. */
    public record Area(String id, Geometry outline) {
    }

    private record Entry(String id, int order, Envelope envelope, IndexedPointInAreaLocator locator) {
    }

    private final STRtree tree = new STRtree();

    public TerritoryHitTester(List<Area> areasInDrawingOrder) {
        for (int i = 0; i < areasInDrawingOrder.size(); i++) {
            Area area = areasInDrawingOrder.get(i);
            Envelope envelope = area.outline().getEnvelopeInternal();
            if (!envelope.isNull()) {
                tree.insert(envelope, new Entry(area.id(), i, envelope, new IndexedPointInAreaLocator(area.outline())));
            }
        }
        tree.build();
    }

    /** The topmost area containing (x, y), if any. */
    public Optional<String> topmostAt(double x, double y) {
        List<String> all = allAt(x, y);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every area containing (x, y), topmost first. */
    @SuppressWarnings("unchecked")
    public List<String> allAt(double x, double y) {
        Coordinate point = new Coordinate(x, y);
        List<Entry> hits = new ArrayList<>();
        for (Entry entry : (List<Entry>) tree.query(new Envelope(point))) {
            if (entry.locator().locate(point) != Location.EXTERIOR) {
                hits.add(entry);
            }
        }
        hits.sort(Comparator.comparingInt(Entry::order).reversed());
        return hits.stream().map(Entry::id).toList();
    }
}
