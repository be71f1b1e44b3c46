package org.timeatlas.ui.presentation;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Any digit key, on the top row or the number pad, pressed with no modifier: typing a step's number. Help shows
 * it as one key, "0–9", rather than twenty.
 */
final class DigitKey extends KeyCombination {

    @Override
    public boolean match(KeyEvent event) {
        KeyCode code = event.getCode();
        return code != null && code.isDigitKey() && !event.isShiftDown() && !event.isControlDown()
                && !event.isAltDown() && !event.isMetaDown() && !event.isShortcutDown();
    }

    @Override
    public String getName() {
        return "digit";
    }

    @Override
    public String getDisplayText() {
        return "0–9";
    }
}
