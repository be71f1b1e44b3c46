package org.timeatlas.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * Whether the explorer's window is narrower than a width given at an interface scale of 100 %: the toolbar's parts
 * that have a compact form (the lens switch, the moment) take it on a 1024×768 projector. It is judged on the
 * window's scene, not on the scene a part is in, because a part the toolbar moves into its overflow menu leaves
 * the window's scene and must still know how wide the window is to come back.
 */
public final class NarrowWindow {

    /** Below this window width (pixels at 100 %) the toolbar's parts are compact. */
    public static final double TOOLBAR_COMPACT_BELOW_PX = 1200;

    private NarrowWindow() {
    }

    /**
     * @param window  the explorer's main window
     * @param font    a font inherited from the root (its size gives the interface scale)
     * @param pxAt100 the width in pixels at 100 %
     * @return true while {@code window} is narrower than {@code pxAt100} at the interface scale
     */
    public static BooleanBinding below(Window window, ObservableValue<Font> font, double pxAt100) {
        // the window's own scene (the explorer's, also for a snapshot taken without showing the window)
        ObservableValue<Number> width = window.sceneProperty().flatMap(Scene::widthProperty);
        return Bindings.createBooleanBinding(() -> width.getValue() != null
                        && width.getValue().doubleValue() < pxAt100 * RootFont.scaleOf(font.getValue()),
                width, font);
    }
}
