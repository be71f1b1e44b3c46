package org.timeatlas.ui.shell;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small factories for icon buttons whose tooltip text follows the language. */
final class Controls {

    private Controls() {
    }

    static Button iconButton(String iconCode, StringBinding tooltip, Runnable action, String id) {
        Button button = new Button();
        FontIcon icon = new FontIcon(iconCode);
        icon.getStyleClass().add("toolbar-icon");
        button.setGraphic(icon);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(tooltip);
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(tooltip);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        button.setId(id);
        button.getStyleClass().add("toolbar-button");
        return button;
    }
}
