package org.timeatlas;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.timeatlas.ui.shell.Snapshots;

/**
 * Not a test: renders the explorer with an event or territory selected, to look at the panels.
 * {@code java -cp … org.timeatlas.ExplorerDemo OUT.png EVENT-ID|-  TERRITORY-ID|-  [app options…]}
 */
public final class ExplorerDemo {

    private ExplorerDemo() {
    }

    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }

    /** The JavaFX side; kept apart so the launcher class does not extend Application. */
    public static final class DemoApp extends Application {
    @Override
    public void start(Stage stage) {
        String[] args = getParameters().getRaw().toArray(String[]::new);
        App app = new App();
        app.open(stage, LaunchOptions.parse(Arrays.copyOfRange(args, 3, args.length)));
        if (!"-".equals(args[1])) {
            app.state().selectEvent(args[1]);
        }
        if (!"-".equals(args[2])) {
            app.state().selectTerritory(args[2]);
        }
        PauseTransition settle = new PauseTransition(Duration.millis(500));
        settle.setOnFinished(e -> {
            try {
                Snapshots.write(stage.getScene(), Path.of(args[0]));
            } catch (Exception failed) {
                failed.printStackTrace();
            }
            Platform.exit();
        });
        settle.play();
    }
    }
}
