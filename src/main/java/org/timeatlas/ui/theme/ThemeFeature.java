package org.timeatlas.ui.theme;

import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * The size of the whole interface: Ctrl+= (or Ctrl++) and Ctrl+− step the {@link UiScale} up and down from 75 %
 * to 250 %, Ctrl+0 goes back to 100 % (View ▸ Text size). The scale is applied live to the main window and to
 * every tool window and dialog as the root font size, which every size in the style sheets (em), the canvases and
 * the map's names and marks follow. The scale itself belongs to the application: it is the same for every atlas.
 */
public final class ThemeFeature implements ExplorerFeature {

    private static final String SUBMENU = "menu.view.scale";

    private final UiScale scale;

    /** @param scale the application's interface scale, which outlives the atlas this feature is installed for */
    public ThemeFeature(UiScale scale) {
        this.scale = scale;
    }

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        var factor = scale.factorProperty();
        Command larger = Command.of("view.scale.larger", "menu.view.scale.larger", scale::larger)
                // Ctrl+Shift+= is Ctrl++ where + shares the = key; keyboards with a + key of its own send PLUS
                .keys(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                        new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY))
                .enabledWhen(Bindings.createBooleanBinding(() -> !scale.isLargest(), factor))
                .menu(MenuPlace.inSubmenu(MenuPlace.Menus.VIEW, SUBMENU, 1, 30));
        Command smaller = Command.of("view.scale.smaller", "menu.view.scale.smaller", scale::smaller)
                .keys(shortcut(KeyCode.MINUS))
                .enabledWhen(Bindings.createBooleanBinding(() -> !scale.isSmallest(), factor))
                .menu(MenuPlace.inSubmenu(MenuPlace.Menus.VIEW, SUBMENU, 1, 31));
        Command reset = Command.of("view.scale.reset", "menu.view.scale.reset", scale::reset)
                .keys(shortcut(KeyCode.DIGIT0))
                .menu(MenuPlace.inSubmenu(MenuPlace.Menus.VIEW, SUBMENU, 1, 32));
        return context.commands().add(larger, smaller, reset)
                .and(new ScaledWindows(scale).follow(context.windows().main()));
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
