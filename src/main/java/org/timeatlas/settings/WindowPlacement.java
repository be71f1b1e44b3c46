package org.timeatlas.settings;

/**
 * Where the main window was and how it was shown, in JavaFX screen coordinates (pixels of the virtual
 * desktop, origin top left of the primary screen; x and y may be negative on screens left of or above it).
 * Width and height are the window's size when neither maximised nor full screen, so that leaving those
 * states restores it.
 *
 * @throws IllegalArgumentException if a coordinate is not finite or the width or height is not positive
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximised, boolean fullScreen) {

    public WindowPlacement {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("window position must be finite, got " + x + ", " + y);
        }
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("window size must be positive and finite, got " + width + " x " + height);
        }
    }
}
