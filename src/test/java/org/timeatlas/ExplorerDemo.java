package org.timeatlas;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

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
            App app = DemoWindow.open(stage, args, 3);
            if (!"-".equals(args[1])) {
                app.state().selectEvent(args[1]);
            }
            if (!"-".equals(args[2])) {
                app.state().selectTerritory(args[2]);
            }
            DemoWindow.snapshotAfter(stage, Path.of(args[0]), Duration.millis(500));
        }
    }
}
