package org.timeatlas.geo;

/**
 * What part of the map a viewport of {@code width × height} pixels shows: the world point (metres) at its
 * centre and the metres one pixel covers. Screen y grows downwards, world y northwards. Immutable: every
 * change gives a new view.
 */
public record MapView(double centerX, double centerY, double metresPerPixel, double width, double height) {

    public MapView {
        if (!(metresPerPixel > 0)) {
            throw new IllegalArgumentException("metres per pixel must be positive: " + metresPerPixel);
        }
    }

    /** The view that shows all of {@code box} inside {@code width × height}, keeping {@code margin} pixels free. */
    public static MapView fitting(WorldBox box, double width, double height, double margin) {
        double usableWidth = Math.max(1, width - 2 * margin);
        double usableHeight = Math.max(1, height - 2 * margin);
        double metresPerPixel = Math.max(box.width() / usableWidth, box.height() / usableHeight);
        if (!(metresPerPixel > 0)) {
            metresPerPixel = 1;
        }
        return new MapView(box.centerX(), box.centerY(), metresPerPixel, width, height);
    }

    /**
     * The view that shows all of {@code box} inside the part of the viewport left free by strips of
     * {@code top}, {@code right}, {@code bottom} and {@code left} pixels along its edges (e.g. under a legend),
     * keeping {@code margin} pixels free around it.
     */
    public static MapView fittingInside(WorldBox box, double width, double height, double top, double right,
                                        double bottom, double left, double margin) {
        double freeWidth = Math.max(1, width - left - right);
        double freeHeight = Math.max(1, height - top - bottom);
        MapView inFree = fitting(box, freeWidth, freeHeight, margin);
        double metresPerPixel = inFree.metresPerPixel();
        // the free part's centre lies (left - right) / 2 px right of and (top - bottom) / 2 px below the middle
        double centerX = box.centerX() - (left - right) / 2 * metresPerPixel;
        double centerY = box.centerY() + (top - bottom) / 2 * metresPerPixel;
        return new MapView(centerX, centerY, metresPerPixel, width, height);
    }

    public double toScreenX(double x) {
        return width / 2 + (x - centerX) / metresPerPixel;
    }

    public double toScreenY(double y) {
        return height / 2 - (y - centerY) / metresPerPixel;
    }

    public double toWorldX(double screenX) {
        return centerX + (screenX - width / 2) * metresPerPixel;
    }

    public double toWorldY(double screenY) {
        return centerY - (screenY - height / 2) * metresPerPixel;
    }

    /** The world box the viewport shows. */
    public WorldBox visibleBox() {
        return new WorldBox(toWorldX(0), toWorldY(height), toWorldX(width), toWorldY(0));
    }

    /**
     * Zoomed by {@code factor} (above 1 zooms in) so that the world point under the screen point
     * ({@code screenX}, {@code screenY}) stays under it.
     */
    public MapView zoomedAround(double screenX, double screenY, double factor) {
        double worldX = toWorldX(screenX);
        double worldY = toWorldY(screenY);
        double newMetresPerPixel = metresPerPixel / factor;
        double newCenterX = worldX - (screenX - width / 2) * newMetresPerPixel;
        double newCenterY = worldY + (screenY - height / 2) * newMetresPerPixel;
        return new MapView(newCenterX, newCenterY, newMetresPerPixel, width, height);
    }

    public MapView zoomed(double factor) {
        return zoomedAround(width / 2, height / 2, factor);
    }

    /** Moved so the map follows a drag of ({@code dx}, {@code dy}) pixels. */
    public MapView panned(double dx, double dy) {
        return new MapView(centerX - dx * metresPerPixel, centerY + dy * metresPerPixel, metresPerPixel, width, height);
    }

    /** The same centre and scale in a viewport of another size. */
    public MapView resized(double newWidth, double newHeight) {
        return new MapView(centerX, centerY, metresPerPixel, newWidth, newHeight);
    }

    /** The scale kept within [{@code min}, {@code max}] metres per pixel, around the centre. */
    public MapView withScaleWithin(double min, double max) {
        double clamped = Math.max(min, Math.min(max, metresPerPixel));
        return clamped == metresPerPixel ? this : new MapView(centerX, centerY, clamped, width, height);
    }

    /** The centre kept inside {@code box}, so the map cannot be dragged out of sight. */
    public MapView withCenterWithin(WorldBox box) {
        double x = Math.max(box.minX(), Math.min(box.maxX(), centerX));
        double y = Math.max(box.minY(), Math.min(box.maxY(), centerY));
        return x == centerX && y == centerY ? this : new MapView(x, y, metresPerPixel, width, height);
    }
}
