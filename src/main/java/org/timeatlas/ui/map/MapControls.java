package org.timeatlas.ui.map;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.timeatlas.ui.Texts;

/**
 * The zoom in, zoom out and "whole map" buttons; icons, with their names as tooltips and for screen readers. The
 * buttons are sized in em (map.css); the icons, drawn at 16 px, are scaled with the interface.
 */
final class MapControls extends VBox {

    private static final String PLUS = "M7 1h2v6h6v2H9v6H7V9H1V7h6z";
    private static final String MINUS = "M1 7h14v2H1z";
    private static final String HOME = "M8 1L1 7.5h2V15h4v-4h2v4h4V7.5h2z";

    final Button zoomIn;
    final Button zoomOut;
    final Button fitHome;

    /** @param scale the interface scale, 1 at 100 % */
    MapControls(Texts texts, ObservableDoubleValue scale, Runnable onZoomIn, Runnable onZoomOut, Runnable onFitHome) {
        getStyleClass().add("map-controls");
        zoomIn = button(PLUS, "map.zoomIn", texts, scale, onZoomIn);
        zoomOut = button(MINUS, "map.zoomOut", texts, scale, onZoomOut);
        fitHome = button(HOME, "map.fitHome", texts, scale, onFitHome);
        getChildren().addAll(zoomIn, zoomOut, fitHome);
    }

    private static Button button(String icon, String key, Texts texts, ObservableDoubleValue scale, Runnable action) {
        SVGPath graphic = new SVGPath();
        graphic.setContent(icon);
        graphic.scaleXProperty().bind(scale);
        graphic.scaleYProperty().bind(scale);
        graphic.getStyleClass().add("map-control-icon");
        Button button = new Button();
        button.setGraphic(graphic);
        button.getStyleClass().add("map-control");
        button.setId(key.replace('.', '-'));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(texts.text(key));
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(texts.text(key));
        // the map keeps the keyboard focus, so arrow keys still pan after a click on a button
        button.setFocusTraversable(false);
        button.setOnAction(pressed -> action.run());
        return button;
    }
}
