package org.timeatlas.atlas;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The part of the world an atlas draws background layers for: its home box grown by its own size on every
 * side, clamped to latitudes ±89° (where Mercator is still finite) and split at the 180° meridian into one
 * or two lon/lat boxes, so land beyond 180° is kept when the area crosses it.
 */
public final class HomeArea {

    /** The home box is grown by this many times its width and height on each side. */
    public static final double GROWTH = 1.0;
    private static final double MAX_LAT = 89;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final List<Envelope> boxes;
    private final Geometry area;

    public HomeArea(Bounds home) {
        boxes = boxes(home);
        area = boxes.size() == 1 ? FACTORY.toGeometry(boxes.get(0))
                : FACTORY.createMultiPolygon(boxes.stream().map(b -> (Polygon) FACTORY.toGeometry(b)).toArray(Polygon[]::new));
    }

    /** The lon/lat boxes of the area; two when it crosses the 180° meridian. */
    public List<Envelope> boxes() {
        return boxes;
    }

    /** The part of {@code lonLat} inside the area (the geometry itself when it lies wholly inside one box). */
    public Geometry clip(Geometry lonLat) {
        Envelope envelope = lonLat.getEnvelopeInternal();
        for (Envelope box : boxes) {
            if (box.contains(envelope)) {
                return lonLat;
            }
        }
        try {
            return lonLat.intersection(area);
        } catch (RuntimeException invalidGeometry) {
            return lonLat.buffer(0).intersection(area);
        }
    }

    private static List<Envelope> boxes(Bounds home) {
        double dx = home.lonWidth() * GROWTH;
        double dy = (home.north() - home.south()) * GROWTH;
        double south = Math.max(-MAX_LAT, home.south() - dy);
        double north = Math.min(MAX_LAT, home.north() + dy);
        double west = home.west() - dx;
        double east = home.west() + home.lonWidth() + dx; // may pass 180: counted on eastward from west
        List<Envelope> boxes = new ArrayList<>();
        if (east - west >= 360) {
            boxes.add(new Envelope(-180, 180, south, north));
            return List.copyOf(boxes);
        }
        if (west < -180) {
            boxes.add(new Envelope(west + 360, 180, south, north));
        }
        boxes.add(new Envelope(Math.max(-180, west), Math.min(180, east), south, north));
        if (east > 180) {
            boxes.add(new Envelope(-180, east - 360, south, north));
        }
        return List.copyOf(boxes);
    }
}
