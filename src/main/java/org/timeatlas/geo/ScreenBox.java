package org.timeatlas.geo;

/** A box on screen in pixels: top-left corner, width and height. */
public record ScreenBox(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    /** True when the boxes share more than an edge. */
    public boolean overlaps(ScreenBox other) {
        return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
    }

    /** The area the two boxes share (0 when apart). */
    public double overlapArea(ScreenBox other) {
        double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
        double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    public boolean inside(ScreenBox outer) {
        return x >= outer.x && y >= outer.y && maxX() <= outer.maxX() && maxY() <= outer.maxY();
    }

    public ScreenBox grown(double by) {
        return new ScreenBox(x - by, y - by, width + 2 * by, height + 2 * by);
    }
}
