package org.timeatlas.ui.theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.timeatlas.ui.RootFont;

/**
 * Gives the root of the main window, and of every other window of the application while it is open (tool
 * windows, dialogs), the root font size of the interface scale, so that everything sized in em grows with it.
 * The size is set by a small style sheet of the root's own, which also sizes the toolbar's icons: Ikonli takes
 * icon sizes in pixels only. Pop-ups (menus, tooltips, lists of a chooser) are left alone: they take their fonts
 * from the control they belong to.
 */
final class ScaledWindows {

    /** The size of the toolbar's icons at 100 %, in pixels, as app.css gives it ({@code .toolbar-icon}). */
    static final int TOOLBAR_ICON_AT_100 = 20;
    /** Marks the style sheet this class puts on a root, to find it again. */
    private static final String MARK = "/* time-atlas ui scale */";

    private final UiScale scale;
    private final Map<Window, Subscription> followed = new LinkedHashMap<>();

    ScaledWindows(UiScale scale) {
        this.scale = scale;
    }

    /**
     * Scales {@code main}'s root, whatever scene or root it is given later, and the root of every other window
     * while it is showing, until the subscription is ended.
     */
    Subscription follow(Window main) {
        followed.put(main, followWindow(main));
        ListChangeListener<Window> windowsChanged = change -> sync(main);
        Window.getWindows().addListener(windowsChanged);
        sync(main);
        return () -> {
            Window.getWindows().removeListener(windowsChanged);
            followed.values().forEach(Subscription::unsubscribe);
            followed.clear();
        };
    }

    /** Follows the stages that opened; lets go of those that closed (a dialog is made anew each time). */
    private void sync(Window main) {
        followed.entrySet().removeIf(entry -> {
            boolean gone = entry.getKey() != main && !entry.getKey().isShowing();
            if (gone) {
                entry.getValue().unsubscribe();
            }
            return gone;
        });
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage && !followed.containsKey(window)) {
                followed.put(window, followWindow(window));
            }
        }
    }

    private Subscription followWindow(Window window) {
        ObservableValue<Parent> root = window.sceneProperty().flatMap(Scene::rootProperty);
        return root.subscribe(this::apply)
                .and(scale.factorProperty().subscribe(factor -> apply(root.getValue())));
    }

    private void apply(Parent root) {
        if (root == null) {
            return;
        }
        String sheet = styleSheet(scale.get());
        if (root.getStylesheets().contains(sheet)) {
            return;
        }
        root.getStylesheets().removeIf(ScaledWindows::isScaleSheet);
        root.getStylesheets().add(sheet);
    }

    /** The style sheet, as a data URI, that sets the root font size and the toolbar's icons for {@code factor}. */
    static String styleSheet(double factor) {
        String css = String.format(Locale.ROOT, "%s .root { -fx-font-size: %.3fpx; } .toolbar-icon { -fx-icon-size: %d; }",
                MARK, RootFont.SIZE_AT_100 * factor, Math.round(TOOLBAR_ICON_AT_100 * factor));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    static boolean isScaleSheet(String url) {
        if (!url.startsWith("data:text/css;base64,")) {
            return false;
        }
        String css = new String(Base64.getDecoder().decode(url.substring("data:text/css;base64,".length())),
                StandardCharsets.UTF_8);
        return css.startsWith(MARK);
    }
}
