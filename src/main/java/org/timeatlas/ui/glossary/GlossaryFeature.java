package org.timeatlas.ui.glossary;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.util.Subscription;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;
import org.timeatlas.ui.feature.Windows;

/** The atlas's glossary in a searchable window of its own (G, Help → Glossary). */
public final class GlossaryFeature implements ExplorerFeature {

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        if (context.atlas().glossary().isEmpty()) {
            return Subscription.EMPTY;
        }
        Windows.ToolWindowHandle window = context.windows().toolWindow("glossary", context.texts().text("glossary.title"),
                () -> new GlossaryView(context.atlas().glossary(), context.state(), context.texts()));
        return context.commands().add(Command.of("help.glossary", "glossary.menu", window::show)
                        .keys(new KeyCodeCombination(KeyCode.G)).menu(MenuPlace.of(MenuPlace.Menus.HELP, 0, 10)))
                .and(window::close);
    }
}
