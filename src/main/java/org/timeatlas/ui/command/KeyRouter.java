package org.timeatlas.ui.command;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;

/**
 * The explorer's keyboard: a key press anywhere in the window runs the command the registry says it means now,
 * before controls see it. Key presses in a text field stay with the field unless they carry a modifier.
 */
public final class KeyRouter {

    private KeyRouter() {
    }

    /** Routes {@code scene}'s key presses to {@code registry}'s commands until the subscription is ended. */
    public static Subscription install(Scene scene, CommandRegistry registry) {
        EventHandler<KeyEvent> handler = event -> {
            Node focused = scene.getFocusOwner();
            boolean typing = focused instanceof TextInputControl input && input.isEditable();
            registry.commandFor(event, typing).ifPresent(command -> {
                command.execute();
                event.consume();
            });
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, handler);
        return () -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
    }
}
