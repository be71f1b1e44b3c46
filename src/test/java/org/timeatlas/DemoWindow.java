package org.timeatlas;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.timeatlas.ui.shell.Snapshots;

/**
 * For the demos (not tests) that render the explorer to look at it: their own arguments come first, the app's
 * options after them.
 */
final class DemoWindow {

    private DemoWindow() {
    }

    /** Opens the explorer in {@code stage} with the app options that follow the demo's first {@code own} arguments. */
    static App open(Stage stage, String[] args, int own) {
        App app = new App();
        app.open(stage, LaunchOptions.parse(Arrays.copyOfRange(args, own, args.length)));
        return app;
    }

    /** Writes the window to {@code png} once {@code settle} has passed (layout, glides, fades), then exits. */
    static void snapshotAfter(Stage stage, Path png, Duration settle) {
        PauseTransition wait = new PauseTransition(settle);
        wait.setOnFinished(e -> {
            try {
                Snapshots.write(stage.getScene(), png);
            } catch (Exception failed) {
                failed.printStackTrace();
            }
            Platform.exit();
        });
        wait.play();
    }
}
