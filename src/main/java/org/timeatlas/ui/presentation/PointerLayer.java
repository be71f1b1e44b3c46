package org.timeatlas.ui.presentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.util.Subscription;
import org.timeatlas.ui.presentation.Presentation.Pointer;

/**
 * The presenter's pointer over the presented window: nothing with the arrow (the mouse goes through to the map),
 * a red dot in place of the pointer with the laser, and with the pen ink drawn by dragging. Ink belongs to the
 * page it was drawn on (a tour step, or the moment shown): it goes when the page changes and comes back with it,
 * until it is erased (E).
 */
final class PointerLayer extends Pane {

    /** The laser dot's radius and the pen's width at 100 %, in em of the root font (which grows in presentation). */
    private static final double LASER_RADIUS_EM = 0.5;
    private static final double PEN_WIDTH_EM = 0.3;

    private final Circle laser = new Circle();
    private final Map<String, List<Polyline>> ink = new HashMap<>();
    private final ObservableValue<String> page;
    private final DoubleSupplier rootFontSize;
    private Polyline drawing;
    private final Subscription subscriptions;

    /** @param rootFontSize the root font size now, in pixels, that the dot and the pen's width follow */
    PointerLayer(ObservableValue<Pointer> pointer, ObservableValue<String> page, DoubleSupplier rootFontSize) {
        this.page = page;
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
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drawing = null);
        subscriptions = pointer.subscribe(this::use).and(page.subscribe(this::showPage));
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    /** Erases the ink of the page shown. */
    void erase() {
        ink.remove(page.getValue());
        showPage(page.getValue());
    }

    /** How many strokes the page shown has, for tests. */
    int strokes() {
        return ink.getOrDefault(page.getValue(), List.of()).size();
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
        drawing = null;
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
        drawing = new Polyline(event.getX(), event.getY());
        drawing.getStyleClass().add("presentation-ink");
        drawing.setStrokeWidth(em(PEN_WIDTH_EM));
        drawing.setMouseTransparent(true);
        ink.computeIfAbsent(page.getValue(), key -> new ArrayList<>()).add(drawing);
        getChildren().add(drawing);
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (drawing != null) {
            drawing.getPoints().addAll(event.getX(), event.getY());
            event.consume();
        }
    }

    private void showPage(String key) {
        getChildren().setAll(ink.getOrDefault(key, List.of()));
        getChildren().add(laser);
    }

    private double em(double ems) {
        return ems * rootFontSize.getAsDouble();
    }
}
