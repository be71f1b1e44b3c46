package org.timeatlas.ui.shell;

import javafx.scene.input.KeyCombination;

/** A key and what it does; {@code descriptionKey} names the help text in the resource bundles. */
public record Shortcut(KeyCombination keys, String descriptionKey, Runnable action, boolean mapMayOverride) {
}
