package org.timeatlas.ui.feature;

import javafx.util.Subscription;

/**
 * A part of the explorer that plugs into the shell: it puts its views, map layers, commands and listeners into
 * the window's slots and returns what removes all of them. Features never import each other; they meet only in
 * the explorer state. The application lists them, in order, and installs them once per opened atlas.
 */
@FunctionalInterface
public interface ExplorerFeature {

    /**
     * Installs this feature for one atlas.
     *
     * @return what undoes everything it did: removes its nodes and commands, ends its listeners, closes its windows
     */
    Subscription install(ExplorerContext context, Slots slots);
}
