package org.timeatlas.ui.places;

import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;
import org.timeatlas.ui.feature.Windows;

/**
 * The gazetteer: every place with its names in each language, searchable (F, View → Places); choosing one
 * shows it on the map and moves the window off the main window's map side.
 */
public final class PlacesFeature implements ExplorerFeature {

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        if (context.atlas().places().isEmpty()) {
            return Subscription.EMPTY;
        }
        Windows.ToolWindowHandle[] window = new Windows.ToolWindowHandle[1];
        window[0] = context.windows().toolWindow("places", context.texts().text("gazetteer.title"),
                () -> new GazetteerView(context.atlas().places(), context.state(), context.texts(), place -> {
                    context.state().requestView(ViewRequest.place(place.location().lon(), place.location().lat()));
                    window[0].moveAwayFrom(mapSideOf(context.windows().main()));
                }));
        return context.commands().add(Command.of("view.places", "gazetteer.menu", window[0]::show)
                        .keys(new KeyCodeCombination(KeyCode.F)).menu(MenuPlace.of(MenuPlace.Menus.VIEW, 3, 0)))
                .and(window[0]::close);
    }

    /** The left two thirds of the main window, where the map is. */
    private static Rectangle2D mapSideOf(Window main) {
        return new Rectangle2D(main.getX(), main.getY(), main.getWidth() * 0.7, main.getHeight());
    }
}
