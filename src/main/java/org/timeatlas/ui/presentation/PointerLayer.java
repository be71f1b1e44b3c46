package org.timeatlas.ui.presentation;

import java.util.function.DoubleSupplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.util.Subscription;
import org.timeatlas.ui.presentation.Presentation.Pointer;

/**
 * The presenter's pointer over the presented window: nothing with the arrow (the mouse goes through to the map),
 * a red dot in place of the pointer with the laser, and with the pen ink drawn by dragging. The ink itself lies on
 * the map, in an {@link InkLayer}, so that it follows the map; this layer only takes the pen's drags to it.
 */
final class PointerLayer extends Pane {

    /** The laser dot's radius, in em of the root font (which grows in presentation). */
    private static final double LASER_RADIUS_EM = 0.5;

    private final Circle laser = new Circle();
    private final InkLayer ink;
    private final DoubleSupplier rootFontSize;
    private final Subscription subscriptions;

    /**
     * @param ink          where the pen's strokes go
     * @param rootFontSize the root font size now, in pixels, that the dot follows
     */
    PointerLayer(ObservableValue<Pointer> pointer, InkLayer ink, DoubleSupplier rootFontSize) {
        this.ink = ink;
        this.rootFontSize = rootFontSize;
        setId("presentation-pointer");
        getStyleClass().add("presentation-pointer");
        getStylesheets().add(PointerLayer.class.getResource(PresentationFeature.STYLE_SHEET).toExternalForm());
        laser.getStyleClass().add("presentation-laser");
        laser.setMouseTransparent(true);
        laser.setManaged(false);
        laser.setVisible(false);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> laser.setVisible(false));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> ink.end());
        getChildren().add(laser);
        subscriptions = pointer.subscribe(this::use);
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    boolean laserShown() {
        return laser.isVisible();
    }

    private void use(Pointer tool) {
        setMouseTransparent(tool == Pointer.ARROW);
        setCursor(switch (tool) {
            case ARROW -> Cursor.DEFAULT;
            case LASER -> Cursor.NONE;
            case PEN -> Cursor.CROSSHAIR;
        });
        laser.setVisible(false);
        ink.end();
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("laser"), tool == Pointer.LASER);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("pen"), tool == Pointer.PEN);
    }

    private void moved(MouseEvent event) {
        if (getCursor() == Cursor.NONE) {
            laser.setRadius(em(LASER_RADIUS_EM));
            laser.setCenterX(event.getX());
            laser.setCenterY(event.getY());
            laser.setVisible(true);
        }
    }

    private void pressed(MouseEvent event) {
        if (getCursor() != Cursor.CROSSHAIR) {
            return;
        }
        ink.begin(event.getSceneX(), event.getSceneY());
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (getCursor() == Cursor.CROSSHAIR) {
            ink.extend(event.getSceneX(), event.getSceneY());
            event.consume();
        }
    }

    private double em(double ems) {
        return ems * rootFontSize.getAsDouble();
    }
}
