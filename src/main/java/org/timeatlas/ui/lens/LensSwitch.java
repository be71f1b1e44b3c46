package org.timeatlas.ui.lens;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.util.Subscription;
import org.controlsfx.control.SegmentedButton;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Lenses;
import org.timeatlas.ui.Texts;

/**
 * The toolbar's lens switch: one segment per lens (control on the ground, then the atlas's lenses), its short
 * name on the segment and its full name and description as the tooltip. It shows the explorer state's lens and
 * sets it; a click on the segment already chosen keeps it chosen (one lens is always on).
 */
final class LensSwitch {

    private final SegmentedButton buttons = new SegmentedButton();
    private final Map<String, ToggleButton> byLens = new LinkedHashMap<>();
    private final Subscription subscriptions;

    LensSwitch(Atlas atlas, ExplorerState state, Texts texts) {
        buttons.setId("lens-switch");
        buttons.getStyleClass().add("lens-switch");
        buttons.setFocusTraversable(false);
        buttons.accessibleTextProperty().bind(texts.text("lens.switch"));
        for (String lensId : Lenses.ids(atlas)) {
            ToggleButton button = new ToggleButton();
            button.setId("lens-" + lensId);
            button.setUserData(lensId);
            button.setFocusTraversable(false);
            button.textProperty().bind(texts.computed(m -> Lenses.shortName(atlas, lensId, texts)));
            Tooltip tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            tip.textProperty().bind(texts.computed(m -> tooltip(atlas, lensId, texts)));
            button.setTooltip(tip);
            byLens.put(lensId, button);
            buttons.getButtons().add(button);
        }
        buttons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> { // its own group
            if (now == null) {
                show(state.lens());
            } else if (!now.getUserData().equals(state.lens())) {
                state.setLens((String) now.getUserData());
            }
        });
        subscriptions = state.lensProperty().subscribe(this::show);
    }

    SegmentedButton node() {
        return buttons;
    }

    /** Ends its listener on the explorer state. */
    void dispose() {
        subscriptions.unsubscribe();
    }

    private void show(String lensId) {
        Toggle shown = byLens.get(lensId);
        if (shown != null && buttons.getToggleGroup().getSelectedToggle() != shown) {
            buttons.getToggleGroup().selectToggle(shown);
        }
    }

    private static String tooltip(Atlas atlas, String lensId, Texts texts) {
        String name = Lenses.name(atlas, lensId, texts);
        return atlas.lens(lensId).map(lens -> name + "\n" + lens.description().get(texts.current().language()))
                .orElse(name);
    }
}
