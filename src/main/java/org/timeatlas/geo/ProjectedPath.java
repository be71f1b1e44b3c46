package org.timeatlas.geo;

import java.util.Arrays;

/**
 * A line projected once into map metres, {x0, y0, x1, y1, …} with y north, with its length measured along
 * the way so that the part travelled by a fraction of the time can be cut off cheaply.
 */
public final class ProjectedPath {

    private final double[] points;
    private final double[] distance; // distance from the start to each vertex

    public ProjectedPath(double[] points) {
        if (points.length < 4 || points.length % 2 != 0) {
            throw new IllegalArgumentException("a path needs at least two points");
        }
        this.points = points.clone();
        int n = points.length / 2;
        distance = new double[n];
        for (int i = 1; i < n; i++) {
            distance[i] = distance[i - 1]
                    + Math.hypot(points[2 * i] - points[2 * i - 2], points[2 * i + 1] - points[2 * i - 1]);
        }
    }

    public double length() {
        return distance[distance.length - 1];
    }

    public int pointCount() {
        return distance.length;
    }

    /** The path from its start up to {@code fraction} (0–1) of its length, ending at the cut point. */
    public double[] prefix(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        if (f >= 1) {
            return points.clone();
        }
        double wanted = f * length();
        int segment = segmentAt(wanted);
        double[] cut = Arrays.copyOf(points, 2 * (segment + 2));
        double[] end = pointAtDistance(wanted, segment);
        cut[cut.length - 2] = end[0];
        cut[cut.length - 1] = end[1];
        return cut;
    }

    /** The point at {@code fraction} (0–1) of the length. */
    public double[] pointAt(double fraction) {
        double wanted = Math.max(0, Math.min(1, fraction)) * length();
        return pointAtDistance(wanted, segmentAt(wanted));
    }

    /** The direction of travel at {@code fraction} of the length, in radians from east, counter-clockwise. */
    public double headingAt(double fraction) {
        double wanted = Math.max(0, Math.min(1, fraction)) * length();
        int segment = segmentAt(wanted);
        // a zero-length segment has no direction: look back for one that has
        while (segment > 0 && distance[segment + 1] == distance[segment]) {
            segment--;
        }
        return Math.atan2(points[2 * segment + 3] - points[2 * segment + 1], points[2 * segment + 2] - points[2 * segment]);
    }

    /** The index i of the segment (vertex i to i+1) holding the point {@code wanted} metres along. */
    private int segmentAt(double wanted) {
        int i = Arrays.binarySearch(distance, wanted);
        int segment = i >= 0 ? i - 1 : -i - 2;
        return Math.max(0, Math.min(distance.length - 2, segment));
    }

    private double[] pointAtDistance(double wanted, int segment) {
        double span = distance[segment + 1] - distance[segment];
        double t = span == 0 ? 1 : (wanted - distance[segment]) / span;
        t = Math.max(0, Math.min(1, t));
        double x = points[2 * segment] + t * (points[2 * segment + 2] - points[2 * segment]);
        double y = points[2 * segment + 1] + t * (points[2 * segment + 3] - points[2 * segment + 1]);
        return new double[] {x, y};
    }
}
