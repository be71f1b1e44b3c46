package org.timeatlas.ui.map;

import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;
import org.timeatlas.atlas.Event;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * The map in the window's map slot, and its commands: fit the whole area (0, the toolbar), zoom (+ / −), move
 * (Alt + arrows; plain arrows stay with time), and whether air strikes are drawn.
 */
public final class MapFeature implements ExplorerFeature {

    /** How far Alt + an arrow moves the map, as a share of its width or height. */
    static final double PAN_SHARE = 0.1;

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        ExplorerState state = context.state();
        MapPane map = new MapPane(context.atlas(), context.index(), state, context.currentEvents(), context.texts());
        String panMenu = "menu.view.map";
        Subscription commands = context.commands().add(
                Command.of("view.fit", "menu.view.fit", map::fitHome).keys(new KeyCodeCombination(KeyCode.DIGIT0))
                        .icon("mdi2a-arrow-expand-all")
                        .menu(MenuPlace.inSubmenu(Menus.VIEW, panMenu, 0, 0)),
                Command.of("view.zoomIn", "menu.view.zoomIn", map::zoomIn).keys(new KeyCharacterCombination("+"),
                                new KeyCodeCombination(KeyCode.EQUALS), new KeyCodeCombination(KeyCode.ADD))
                        .menu(MenuPlace.inSubmenu(Menus.VIEW, panMenu, 0, 1)),
                Command.of("view.zoomOut", "menu.view.zoomOut", map::zoomOut).keys(new KeyCharacterCombination("-"),
                                new KeyCodeCombination(KeyCode.MINUS), new KeyCodeCombination(KeyCode.SUBTRACT))
                        .menu(MenuPlace.inSubmenu(Menus.VIEW, panMenu, 0, 2)),
                pan("view.panWest", "keys.map.west", KeyCode.LEFT, () -> map.pan(-PAN_SHARE, 0), 3),
                pan("view.panEast", "keys.map.east", KeyCode.RIGHT, () -> map.pan(PAN_SHARE, 0), 4),
                pan("view.panNorth", "keys.map.north", KeyCode.UP, () -> map.pan(0, PAN_SHARE), 5),
                pan("view.panSouth", "keys.map.south", KeyCode.DOWN, () -> map.pan(0, -PAN_SHARE), 6));
        commands = commands.and(legendCommand(context, map));
        if (context.atlas().events().stream().anyMatch(e -> e.hasTag(Event.AIR_STRIKE))) {
            commands = commands.and(context.commands().add(
                    Command.of("view.airStrikes", "map.airStrikes.show",
                                    () -> state.setAirStrikesShown(!state.airStrikesShownProperty().get()))
                            .selected(state.airStrikesShownProperty()).menu(MenuPlace.of(Menus.VIEW, 2, 30))));
        }
        return commands.and(slots.map(map, map)).and(map::dispose);
    }

    /** Where the legend's fold is remembered between sessions. */
    static final String LEGEND_SECTION = "map.legend";

    /** What is remembered of the legend. */
    record LegendSettings(boolean folded) {
    }

    /** K (the map's key) shows or folds the legend; the choice is remembered. */
    private static Subscription legendCommand(ExplorerContext context, MapPane map) {
        org.timeatlas.ui.feature.Remembered remembered = context.host().remembered();
        remembered.section(LEGEND_SECTION, LegendSettings.class)
                .ifPresent(settings -> map.legendFoldedProperty().set(settings.folded()));
        // the fold presenting makes is not remembered: a crash mid-presentation must not leave the legend folded
        Subscription remember = map.legendFoldedProperty().subscribe((was, folded) -> {
            if (!map.isPresenting()) {
                remembered.remember(LEGEND_SECTION, new LegendSettings(folded));
            }
        });
        javafx.beans.binding.BooleanBinding shown = map.legendFoldedProperty().not();
        return remember.and(context.commands().add(
                Command.of("view.legend", "legend.shown",
                                () -> map.legendFoldedProperty().set(!map.legendFoldedProperty().get()))
                        .keys(new KeyCodeCombination(KeyCode.K)).selected(shown)
                        .menu(MenuPlace.of(Menus.VIEW, 2, 31))));
    }

    private static Command pan(String id, String textKey, KeyCode arrow, Runnable run, int order) {
        return Command.of(id, textKey, run).keys(new KeyCodeCombination(arrow, KeyCombination.ALT_DOWN))
                .menu(MenuPlace.inSubmenu(Menus.VIEW, "menu.view.map", 0, order));
    }
}
