package org.timeatlas.geo;

/** An axis-aligned box in projected metres (x east, y north). */
public record WorldBox(double minX, double minY, double maxX, double maxY) {

    public WorldBox {
        if (minX > maxX || minY > maxY) {
            throw new IllegalArgumentException("empty box: " + minX + "," + minY + " " + maxX + "," + maxY);
        }
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public double centerX() {
        return (minX + maxX) / 2;
    }

    public double centerY() {
        return (minY + maxY) / 2;
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public boolean intersects(WorldBox other) {
        return other.minX <= maxX && other.maxX >= minX && other.minY <= maxY && other.maxY >= minY;
    }
}
