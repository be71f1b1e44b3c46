package org.timeatlas.ui.presentation;

import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key combination that every key press matches except a modifier pressed alone (Shift, Ctrl, Alt, Meta):
 * "any key returns" from a blank screen, as in PowerPoint.
 */
final class AnyKey extends KeyCombination {

    private final Supplier<String> name;

    /** @param name what Help shows for it, in the current language */
    AnyKey(Supplier<String> name) {
        this.name = name;
    }

    @Override
    public boolean match(KeyEvent event) {
        KeyCode code = event.getCode();
        return code != null && !code.isModifierKey() && code != KeyCode.UNDEFINED;
    }

    @Override
    public String getName() {
        return "any-key";
    }

    @Override
    public String getDisplayText() {
        return name.get();
    }
}
