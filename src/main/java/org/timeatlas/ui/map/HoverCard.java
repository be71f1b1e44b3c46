package org.timeatlas.ui.map;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The name and status of the territory under the pointer, and the lens that status is seen through, shown next to it. */
final class HoverCard extends VBox {

    private final Label name = new Label();
    private final Label status = new Label();
    private final Label lens = new Label();

    HoverCard() {
        getStyleClass().add("map-hover-card");
        name.getStyleClass().add("map-hover-name");
        status.getStyleClass().add("map-hover-status");
        lens.getStyleClass().add("map-hover-lens");
        getChildren().addAll(name, status, lens);
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
    }

    /** @param lensLabel which lens the status is seen through, e.g. "Lens: Legal status" */
    void show(String territoryName, String statusLabel, String lensLabel) {
        name.setText(territoryName);
        status.setText(statusLabel);
        lens.setText(lensLabel);
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

    String lensText() {
        return lens.getText();
    }
}
