package org.timeatlas.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when its node is first pointed at. A tooltip is a window of its own; the toolbar's buttons and
 * the map's marks made a few dozen of them before the explorer's first frame, about 1 ms each, though most are
 * never shown. The pointer's first entry installs it, and the pointer's moves after that show it as usual.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /** Installs the tooltip {@code made} gives on {@code node} when the pointer first enters it. */
    public static void install(Node node, Supplier<Tooltip> made) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent entered) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, made.get());
            }
        });
    }
}
