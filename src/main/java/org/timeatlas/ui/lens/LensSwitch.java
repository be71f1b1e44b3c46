package org.timeatlas.ui.lens;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Lenses;
import org.timeatlas.ui.NarrowWindow;
import org.timeatlas.ui.Texts;

/**
 * The toolbar's lens switch: one segment per lens (control on the ground, then the atlas's lenses), its short
 * name on the segment and its full name and description as the tooltip. It shows the explorer state's lens and
 * sets it; a click on the segment already chosen keeps it chosen (one lens is always on). In a window narrower
 * than {@link #COMPACT_BELOW_PX} at 100 % (a 1024×768 projector) it is a small menu button (a layers icon; the lens shown is
 * its tooltip, its menu's chosen item and the map legend's title), so it stays in the toolbar instead of falling into
 * the overflow menu.
 */
final class LensSwitch {

    /** The window width below which the switch is a menu button, in pixels at an interface scale of 100 %. */
    static final double COMPACT_BELOW_PX = NarrowWindow.TOOLBAR_COMPACT_BELOW_PX;

    private final SegmentedButton buttons = new SegmentedButton();
    private final MenuButton compact = new MenuButton();
    private final ToggleGroup compactGroup = new ToggleGroup();
    private final StackPane holder = new StackPane(buttons, compact);
    private final Map<String, ToggleButton> byLens = new LinkedHashMap<>();
    private final Subscription subscriptions;

    LensSwitch(Atlas atlas, ExplorerState state, Texts texts, javafx.stage.Window window) {
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
            RadioMenuItem item = new RadioMenuItem();
            item.setId("lens-compact-" + lensId);
            item.setUserData(lensId);
            item.setToggleGroup(compactGroup);
            item.textProperty().bind(texts.computed(m -> Lenses.name(atlas, lensId, texts)));
            item.setOnAction(e -> state.setLens(lensId));
            compact.getItems().add(item);
        }
        compact.setId("lens-switch-compact");
        compact.setFocusTraversable(false);
        compact.accessibleTextProperty().bind(texts.text("lens.switch"));
        compact.setGraphic(new FontIcon("mdi2l-layers"));
        Tooltip compactTip = new Tooltip();
        compactTip.textProperty().bind(Bindings.createStringBinding(
                () -> tooltip(atlas, state.lens(), texts), state.lensProperty(), texts.languageProperty()));
        compactTip.setWrapText(true);
        compactTip.setMaxWidth(480);
        compact.setTooltip(compactTip);
        ObservableBooleanValue narrow = NarrowWindow.below(window, compact.fontProperty(), COMPACT_BELOW_PX);
        buttons.visibleProperty().bind(Bindings.not(narrow));
        compact.visibleProperty().bind(narrow);
        buttons.managedProperty().bind(buttons.visibleProperty());
        compact.managedProperty().bind(compact.visibleProperty());
        buttons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> { // its own group
            if (now == null) {
                show(state.lens());
            } else if (!now.getUserData().equals(state.lens())) {
                state.setLens((String) now.getUserData());
            }
        });
        subscriptions = state.lensProperty().subscribe(this::show);
    }

    /** The switch for the toolbar: the segments, or the menu button in a narrow window. */
    Node node() {
        return holder;
    }

    /** Ends its listener on the explorer state. */
    void dispose() {
        subscriptions.unsubscribe();
    }

    private void show(String lensId) {
        compactGroup.getToggles().stream().filter(t -> lensId.equals(t.getUserData())).findFirst()
                .ifPresent(compactGroup::selectToggle);
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
