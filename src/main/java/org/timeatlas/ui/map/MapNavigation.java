package org.timeatlas.ui.map;

import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;

/**
 * Mouse and keyboard on the map: drag to pan, wheel or pinch to zoom around the pointer, double-click to
 * zoom in, click to pick; with the focus, arrows pan, + and − zoom, 0 or Home show the whole map.
 */
final class MapNavigation {

    static final double KEY_PAN_PIXELS = 80;
    /** Zoom factor for one wheel notch (40 scroll units). */
    static final double WHEEL_NOTCH_FACTOR = 1.25;
    private static final double CLICK_SLOP = 4;

    private final Region target;
    private final MapViewport viewport;
    private final BiConsumer<Double, Double> onClick;
    private final BiConsumer<Double, Double> onHover;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    /**
     * @param onClick called with pane coordinates of a click that was not the end of a drag
     * @param onHover called with pane coordinates as the pointer moves, or with NaN when it leaves
     */
    MapNavigation(Region target, MapViewport viewport, BiConsumer<Double, Double> onClick,
                  BiConsumer<Double, Double> onHover) {
        this.target = target;
        this.viewport = viewport;
        this.onClick = onClick;
        this.onHover = onHover;
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, released -> target.setCursor(Cursor.DEFAULT));
        target.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        target.addEventHandler(MouseEvent.MOUSE_MOVED, moved -> {
            if (onMap(moved)) {
                onHover.accept(moved.getX(), moved.getY());
            } else {
                onHover.accept(Double.NaN, Double.NaN);
            }
        });
        target.addEventHandler(MouseEvent.MOUSE_EXITED_TARGET, exited -> onHover.accept(Double.NaN, Double.NaN));
        target.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        target.addEventHandler(ZoomEvent.ZOOM, zoom -> {
            viewport.zoomAt(zoom.getX(), zoom.getY(), zoom.getZoomFactor());
            zoom.consume();
        });
    }

    /**
     * True when the pointer is on the map itself rather than on a mark, the legend or a button lying over it
     * (shapes and names let the mouse through, so the map pane is the target wherever they are).
     */
    private boolean onMap(MouseEvent event) {
        return event.getTarget() == target;
    }

    private void pressed(MouseEvent press) {
        if (!onMap(press)) {
            dragging = false;
            pressX = Double.NaN;
            return;
        }
        pressX = lastX = press.getX();
        pressY = lastY = press.getY();
        dragging = false;
    }

    private void dragged(MouseEvent drag) {
        if (drag.getButton() != MouseButton.PRIMARY || Double.isNaN(pressX)) {
            return;
        }
        if (!dragging && Math.hypot(drag.getX() - pressX, drag.getY() - pressY) > CLICK_SLOP) {
            dragging = true;
            target.setCursor(Cursor.MOVE);
            onHover.accept(Double.NaN, Double.NaN);
        }
        if (dragging) {
            viewport.panBy(drag.getX() - lastX, drag.getY() - lastY);
            lastX = drag.getX();
            lastY = drag.getY();
        }
        drag.consume();
    }

    private void clicked(MouseEvent click) {
        if (click.getButton() != MouseButton.PRIMARY || dragging || !click.isStillSincePress() || !onMap(click)) {
            return;
        }
        if (click.getClickCount() == 2) {
            viewport.zoomAt(click.getX(), click.getY(), MapViewport.STEP);
        } else if (click.getClickCount() == 1) {
            onClick.accept(click.getX(), click.getY());
        }
        click.consume();
    }

    private void scrolled(ScrollEvent scroll) {
        if (scroll.getDeltaY() != 0) {
            viewport.zoomAt(scroll.getX(), scroll.getY(), Math.pow(WHEEL_NOTCH_FACTOR, scroll.getDeltaY() / 40));
        }
        scroll.consume();
    }

}
