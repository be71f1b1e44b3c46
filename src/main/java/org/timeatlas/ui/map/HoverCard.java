package org.timeatlas.ui.map;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The name and status of the territory under the pointer, shown next to it. */
final class HoverCard extends VBox {

    private final Label name = new Label();
    private final Label status = new Label();

    HoverCard() {
        getStyleClass().add("map-hover-card");
        name.getStyleClass().add("map-hover-name");
        status.getStyleClass().add("map-hover-status");
        getChildren().addAll(name, status);
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
    }

    void show(String territoryName, String statusLabel) {
        name.setText(territoryName);
        status.setText(statusLabel);
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }

    String nameText() {
        return name.getText();
    }

    String statusText() {
        return status.getText();
    }
}
