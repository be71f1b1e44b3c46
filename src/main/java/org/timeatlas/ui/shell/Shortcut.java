package org.timeatlas.ui.shell;

import java.util.function.BooleanSupplier;
import javafx.scene.input.KeyCombination;

/**
 * A key and what it does; {@code descriptionKey} names the help text in the resource bundles. While
 * {@code active} says false the key is left to the controls (e.g. Esc outside focus mode).
 */
public record Shortcut(KeyCombination keys, String descriptionKey, Runnable action, boolean mapMayOverride,
                       BooleanSupplier active) {

    public Shortcut(KeyCombination keys, String descriptionKey, Runnable action, boolean mapMayOverride) {
        this(keys, descriptionKey, action, mapMayOverride, () -> true);
    }
}
