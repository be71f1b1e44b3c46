package org.timeatlas.ui.map.compare;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.KeyScope;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;
import org.timeatlas.ui.map.MapPane;

/**
 * Compare two days (C, View › Two moments side by side): the map's place is taken by two maps that move together,
 * each at its own day, and the list of what changed between them. While it is on, , and . move the first day a day
 * back or on, Shift+, and Shift+. the second; the map keys (+, −, 0, Alt + arrows) move both maps; Esc (or C
 * again) leaves. The view lies over the map (a window
 * overlay kept on the map's bounds), so the side column and the timeline stay as they were.
 */
public final class CompareFeature implements ExplorerFeature {

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        CompareMoments moments = new CompareMoments(context.atlas().info());
        Mode mode = new Mode(context, slots, moments);
        KeyScope scope = new KeyScope("compare", 20, mode.on.getReadOnlyProperty());
        String submenu = "compare.title";
        return context.commands().add(
                Command.of("view.compare", "compare.toggle", mode::toggle).keys(new KeyCodeCombination(KeyCode.C))
                        .selected(mode.on.getReadOnlyProperty()).menu(MenuPlace.inSubmenu(Menus.VIEW, submenu, 2, 60)),
                Command.of("compare.firstEarlier", "compare.firstEarlier", () -> moments.shiftFirst(-1))
                        .keys(new KeyCodeCombination(KeyCode.COMMA)).scope(scope)
                        .enabledWhen(mode.on.getReadOnlyProperty()).menu(MenuPlace.inSubmenu(Menus.VIEW, submenu, 2, 61)),
                Command.of("compare.firstLater", "compare.firstLater", () -> moments.shiftFirst(1))
                        .keys(new KeyCodeCombination(KeyCode.PERIOD)).scope(scope)
                        .enabledWhen(mode.on.getReadOnlyProperty()).menu(MenuPlace.inSubmenu(Menus.VIEW, submenu, 2, 62)),
                Command.of("compare.secondEarlier", "compare.secondEarlier", () -> moments.shiftSecond(-1))
                        .keys(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHIFT_DOWN)).scope(scope)
                        .enabledWhen(mode.on.getReadOnlyProperty()).menu(MenuPlace.inSubmenu(Menus.VIEW, submenu, 2, 63)),
                Command.of("compare.secondLater", "compare.secondLater", () -> moments.shiftSecond(1))
                        .keys(new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHIFT_DOWN)).scope(scope)
                        .enabledWhen(mode.on.getReadOnlyProperty()).menu(MenuPlace.inSubmenu(Menus.VIEW, submenu, 2, 64)),
                Command.of("compare.zoomIn", "menu.view.zoomIn", () -> mode.onFirstMap(MapPane::zoomIn))
                        .keys(new KeyCharacterCombination("+"), new KeyCodeCombination(KeyCode.EQUALS),
                                new KeyCodeCombination(KeyCode.ADD)).scope(scope)
                        .enabledWhen(mode.on.getReadOnlyProperty()).menu(MenuPlace.inSubmenu(Menus.VIEW, submenu, 3, 0)),
                Command.of("compare.zoomOut", "menu.view.zoomOut", () -> mode.onFirstMap(MapPane::zoomOut))
                        .keys(new KeyCharacterCombination("-"), new KeyCodeCombination(KeyCode.MINUS),
                                new KeyCodeCombination(KeyCode.SUBTRACT)).scope(scope)
                        .enabledWhen(mode.on.getReadOnlyProperty()).menu(MenuPlace.inSubmenu(Menus.VIEW, submenu, 3, 1)),
                Command.of("compare.fit", "menu.view.fit", () -> mode.onFirstMap(MapPane::fitHome))
                        .keys(new KeyCodeCombination(KeyCode.DIGIT0)).scope(scope)
                        .enabledWhen(mode.on.getReadOnlyProperty()).menu(MenuPlace.inSubmenu(Menus.VIEW, submenu, 3, 2)),
                pan(mode, scope, "compare.panWest", "keys.map.west", KeyCode.LEFT, -PAN_SHARE, 0, 3),
                pan(mode, scope, "compare.panEast", "keys.map.east", KeyCode.RIGHT, PAN_SHARE, 0, 4),
                pan(mode, scope, "compare.panNorth", "keys.map.north", KeyCode.UP, 0, PAN_SHARE, 5),
                pan(mode, scope, "compare.panSouth", "keys.map.south", KeyCode.DOWN, 0, -PAN_SHARE, 6),
                Command.of("compare.leave", "compare.leave", mode::leave)
                        .keys(new KeyCodeCombination(KeyCode.ESCAPE)).scope(scope)
                        .enabledWhen(mode.on.getReadOnlyProperty()).menu(MenuPlace.inSubmenu(Menus.VIEW, submenu, 4, 0)))
                .and(mode.anchor())
                .and(mode::leave);
    }

    /** Alt + an arrow moves the two maps together by this share of their width or height, as on the main map. */
    private static final double PAN_SHARE = 0.1;

    private static Command pan(Mode mode, KeyScope scope, String id, String textKey, KeyCode arrow, double dx,
                               double dy, int order) {
        return Command.of(id, textKey, () -> mode.onFirstMap(map -> map.pan(dx, dy)))
                .keys(new KeyCodeCombination(arrow, KeyCombination.ALT_DOWN)).scope(scope)
                .enabledWhen(mode.on.getReadOnlyProperty())
                .menu(MenuPlace.inSubmenu(Menus.VIEW, "compare.title", 3, order));
    }

    /** Whether compare is on, and its view while it is. */
    private static final class Mode {

        private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "comparing");
        private final ExplorerContext context;
        private final Slots slots;
        private final CompareMoments moments;
        /** A dot in the map's layers: its map is the one compare lies over. */
        private final Region anchor = new Region();
        private CompareView view;
        private Subscription shown = Subscription.EMPTY;

        Mode(ExplorerContext context, Slots slots, CompareMoments moments) {
            this.context = context;
            this.slots = slots;
            this.moments = moments;
            anchor.setManaged(false);
            anchor.setMouseTransparent(true);
            anchor.resize(0, 0);
        }

        /** Puts the anchor among the map's layers, if there is a map. */
        Subscription anchor() {
            try {
                return slots.mapLayer(anchor);
            } catch (IllegalStateException noMap) {
                return Subscription.EMPTY;
            }
        }

        /** Moves the first map (the second follows it) while compare is on. */
        void onFirstMap(java.util.function.Consumer<MapPane> move) {
            if (view != null) {
                move.accept(view.map(true));
            }
        }

        void toggle() {
            if (on.get()) {
                leave();
            } else {
                enter();
            }
        }

        void enter() {
            Region map = mapOf(anchor);
            if (on.get() || map == null) {
                return;
            }
            view = new CompareView(context, moments, this::leave);
            view.setManaged(false);
            Runnable place = () -> place(view, map);
            shown = slots.overlay(view)
                    .and(map.layoutBoundsProperty().subscribe(place))
                    .and(map.localToSceneTransformProperty().subscribe(place));
            place.run();
            on.set(true);
            view.map(true).requestFocus();
        }

        void leave() {
            if (!on.get()) {
                return;
            }
            on.set(false);
            shown.unsubscribe();
            shown = Subscription.EMPTY;
            view.dispose();
            view = null;
            Region map = mapOf(anchor);
            if (map != null) {
                map.requestFocus();
            }
        }

        /** Lays {@code view} exactly over {@code map}, in the coordinates of the overlay's parent. */
        private static void place(Region view, Region map) {
            Parent parent = view.getParent();
            if (parent == null || map.getScene() == null) {
                return;
            }
            Bounds bounds = parent.sceneToLocal(map.localToScene(map.getLayoutBounds()));
            view.resizeRelocate(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
        }

        /** The map that holds {@code node} among its layers, or null. */
        private static Region mapOf(Node node) {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof MapPane map) {
                    return map;
                }
            }
            return null;
        }
    }
}
