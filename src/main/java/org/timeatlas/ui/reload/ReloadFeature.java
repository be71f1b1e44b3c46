package org.timeatlas.ui.reload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.util.Subscription;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * Hot reload for a teacher writing an atlas: while one of the user's atlas folders is open, saving a file in
 * it reloads the atlas (or shows what is wrong with it, keeping the last good one).
 */
public final class ReloadFeature implements ExplorerFeature {

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        Optional<Path> folder = context.host().atlasFolder();
        if (folder.isEmpty()) {
            return Subscription.EMPTY;
        }
        try {
            AtlasWatcher watcher = new AtlasWatcher(folder.get(), () -> Platform.runLater(context.host()::reloadAtlas));
            return watcher::close;
        } catch (IOException cannotWatch) {
            System.err.println("time-atlas: changes to " + folder.get() + " will not be reloaded: "
                    + cannotWatch.getMessage());
            return Subscription.EMPTY;
        }
    }
}
