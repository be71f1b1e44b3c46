package org.timeatlas.ui.command;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * The explorer's keyboard: a key press anywhere in the window runs the command the registry says it means now,
 * before controls see it. Key presses in a text field stay with the field unless they carry a modifier, and
 * while one of the window's menus is open they are the menu's (Left and Right move between menus there).
 */
public final class KeyRouter {

    private KeyRouter() {
    }

    /**
     * Routes {@code scene}'s key presses to {@code registry}'s commands until the subscription is ended. The
     * character of a key press that ran a command is not typed anywhere: "/" opens the search, it is not its
     * first letter.
     */
    public static Subscription install(Scene scene, CommandRegistry registry) {
        boolean[] ranACommand = new boolean[1];
        EventHandler<KeyEvent> pressed = event -> {
            ranACommand[0] = false;
            if (aMenuIsOpen(scene.getWindow())) {
                return;
            }
            Node focused = scene.getFocusOwner();
            boolean typing = focused instanceof TextInputControl input && input.isEditable();
            registry.commandFor(event, typing).ifPresent(command -> {
                command.execute();
                event.consume();
                ranACommand[0] = true;
            });
        };
        EventHandler<KeyEvent> typed = event -> {
            if (ranACommand[0]) {
                ranACommand[0] = false;
                event.consume();
            }
        };
        EventHandler<KeyEvent> released = event -> ranACommand[0] = false;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, released);
        return () -> {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
            scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            scene.removeEventFilter(KeyEvent.KEY_RELEASED, released);
        };
    }

    /** True while a menu of {@code window}'s menu bar or a context menu shown over it is open. */
    private static boolean aMenuIsOpen(Window window) {
        for (Window shown : Window.getWindows()) {
            if (shown instanceof ContextMenu menu && menu.isShowing() && ownedBy(menu, window)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownedBy(PopupWindow popup, Window window) {
        Window owner = popup.getOwnerWindow();
        while (owner instanceof PopupWindow parent) {
            owner = parent.getOwnerWindow();
        }
        return owner == window;
    }
}
