package org.timeatlas.ui.shell;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.command.KeyRouter;
import org.timeatlas.ui.command.MenuBarRenderer;
import org.timeatlas.ui.command.ToolbarRenderer;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.ExplorerHost;

/**
 * The explorer for one atlas: its context, its main window with the features installed in the given order, and
 * the scene's keys routed to its commands. {@link #close} undoes all of it, so another atlas can take its place
 * in the same window without anything of this one staying reachable.
 */
public final class Explorer {

    private final ExplorerContext context;
    private final MainWindow window;
    private final List<Subscription> installed = new ArrayList<>();
    private Subscription keys = Subscription.EMPTY;

    public Explorer(Atlas atlas, LocalDateTime moment, String language, List<ExplorerFeature> features,
                    StageWindows windows, ExplorerHost host) {
        ExplorerState state = new ExplorerState(atlas.info().start(), atlas.info().end(), moment, language);
        context = ExplorerContext.create(atlas, state, windows, host);
        windows.follow(state, context.texts());
        MenuBarRenderer menus = new MenuBarRenderer(context.commands(), context.texts());
        ToolbarRenderer toolbar = new ToolbarRenderer(context.commands());
        window = new MainWindow(menus.bar(), toolbar);
        for (ExplorerFeature feature : features) {
            installed.add(feature.install(context, window));
        }
        installed.add(menus.render());
        installed.add(toolbar.render());
        Parent root = window.root();
        installed.add(state.languageProperty().subscribe(language2 -> {
            root.getStyleClass().removeIf(c -> c.startsWith("lang-"));
            root.getStyleClass().add("lang-" + language2);
        }));
    }

    public Parent root() {
        return window.root();
    }

    public ExplorerContext context() {
        return context;
    }

    public MainWindow window() {
        return window;
    }

    /** Routes {@code scene}'s keys to this explorer's commands until it is closed. */
    public void attach(Scene scene) {
        keys.unsubscribe();
        keys = KeyRouter.install(scene, context.commands());
    }

    /** Removes every feature in the reverse order of installing, and the keys. */
    public void close() {
        keys.unsubscribe();
        for (int i = installed.size() - 1; i >= 0; i--) {
            installed.get(i).unsubscribe();
        }
        installed.clear();
        context.dispose();
    }
}
