package org.timeatlas.ui.shell;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.FocusMode;

/**
 * The explorer's keyboard, one table used both to handle keys and to list them in Help. Keys that the map
 * uses while it has focus (arrows to pan, Home) are left to the map then.
 */
public final class KeyBindings {

    private List<Shortcut> shortcuts;
    private javafx.event.EventHandler<KeyEvent> installed;

    public KeyBindings(Navigator navigator, ExplorerState state, FocusMode focus, Runnable toggleLanguage,
                       Runnable toggleFullScreen, Runnable showHelp) {
        shortcuts = List.of(
                new Shortcut(key(KeyCode.RIGHT), "keys.dayForward", () -> navigator.step(1), true),
                new Shortcut(key(KeyCode.LEFT), "keys.dayBack", () -> navigator.step(-1), true),
                new Shortcut(key(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN), "keys.monthForward", () -> navigator.months(1), true),
                new Shortcut(key(KeyCode.LEFT, KeyCombination.SHIFT_DOWN), "keys.monthBack", () -> navigator.months(-1), true),
                new Shortcut(key(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN), "keys.yearForward", () -> navigator.years(1), true),
                new Shortcut(key(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN), "keys.yearBack", () -> navigator.years(-1), true),
                new Shortcut(key(KeyCode.PAGE_DOWN), "keys.nextEvent", navigator::nextEvent, false),
                new Shortcut(key(KeyCode.PAGE_UP), "keys.previousEvent", navigator::previousEvent, false),
                new Shortcut(key(KeyCode.N), "keys.nextEvent", navigator::nextEvent, false),
                new Shortcut(key(KeyCode.P), "keys.previousEvent", navigator::previousEvent, false),
                new Shortcut(key(KeyCode.HOME), "keys.start", navigator::toStart, true),
                new Shortcut(key(KeyCode.END), "keys.end", navigator::toEnd, true),
                new Shortcut(key(KeyCode.SPACE), "keys.play", state::togglePlaying, false),
                new Shortcut(key(KeyCode.CLOSE_BRACKET), "keys.faster",
                        () -> state.setSpeed(state.speedProperty().get().faster()), false),
                new Shortcut(key(KeyCode.OPEN_BRACKET), "keys.slower",
                        () -> state.setSpeed(state.speedProperty().get().slower()), false),
                new Shortcut(key(KeyCode.W), "keys.focusMode", focus::toggle, false),
                new Shortcut(key(KeyCode.ESCAPE), "keys.leaveFocus", focus::leave, false, state::isFocusMode),
                new Shortcut(key(KeyCode.L), "keys.language", toggleLanguage, false),
                new Shortcut(key(KeyCode.F11), "keys.fullScreen", toggleFullScreen, false),
                new Shortcut(key(KeyCode.F1), "keys.help", showHelp, false));
    }

    public List<Shortcut> shortcuts() {
        return shortcuts;
    }

    /** Adds shortcuts after the standard ones, e.g. for windows the application opens. */
    public void addAll(List<Shortcut> more) {
        shortcuts = java.util.stream.Stream.concat(shortcuts.stream(), more.stream()).toList();
    }

    /** Handles the keys before controls see them; {@code map} is the node whose focus keeps arrows for panning. */
    public void install(Scene scene, Node map) {
        installed = event -> {
            Node focused = scene.getFocusOwner();
            if (focused instanceof TextInputControl) {
                return;
            }
            boolean mapFocused = focused != null && isInside(focused, map);
            for (Shortcut shortcut : shortcuts) {
                if (shortcut.keys().match(event) && !(mapFocused && shortcut.mapMayOverride())
                        && shortcut.active().getAsBoolean()) {
                    shortcut.action().run();
                    event.consume();
                    return;
                }
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, installed);
    }

    /** Removes the handler again, when the scene gets another explorer. */
    public void uninstall(Scene scene) {
        if (installed != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, installed);
            installed = null;
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
