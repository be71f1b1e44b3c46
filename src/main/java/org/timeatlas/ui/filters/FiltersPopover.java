package org.timeatlas.ui.filters;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The layer over the window that shows the filters panel at its right edge, just under the toolbar, while
 * {@code shown} is true; the keyboard goes to the panel's first choice when it opens and back to the window when
 * it closes. Elsewhere the layer lets the mouse through. The panel is made when it is first shown: the explorer's
 * first frame does not show it, and its hundred-odd nodes would be styled and laid out before that frame.
 */
final class FiltersPopover extends StackPane {

    private final Supplier<FiltersPanel> makePanel;
    private FiltersPanel panel;

    FiltersPopover(Supplier<FiltersPanel> makePanel, BooleanProperty shown) {
        this.makePanel = makePanel;
        setId("filters-layer");
        setPickOnBounds(false);
        setAlignment(Pos.TOP_RIGHT);
        visibleProperty().bind(shown);
        shown.subscribe((was, now) -> {
            if (now) {
                FiltersPanel opened = panel();
                placeUnderToolbar(opened);
                opened.focusFirstChoice();
            } else if (panel != null && getScene() != null && panel.getScene() != null
                    && isWithin(getScene().getFocusOwner(), panel)) {
                getScene().getRoot().requestFocus();
            }
        });
    }

    /** The panel, made and added to the layer the first time it is asked for. */
    private FiltersPanel panel() {
        if (panel == null) {
            panel = makePanel.get();
            panel.getStyleClass().add("filters-popover");
            panel.setMaxHeight(Region.USE_PREF_SIZE);
            getChildren().add(panel);
            // the choices lie in a scroll pane, whose content is its child only once its skin is made
            panel.applyCss();
        }
        return panel;
    }

    private void placeUnderToolbar(FiltersPanel panel) {
        if (getScene() == null) {
            return;
        }
        Node toolbar = getScene().lookup(".tool-bar");
        double top = 0;
        if (toolbar != null) {
            Bounds at = toolbar.localToScene(toolbar.getBoundsInLocal());
            top = at.getMaxY();
        }
        double font = panel.getFont() == null ? 13 : panel.getFont().getSize();
        StackPane.setMargin(panel, new Insets(top + font * 0.3, font * 0.5, font * 0.5, 0));
        panel.setMaxHeight(Math.max(font * 10, getScene().getHeight() - top - font * 1.5));
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
