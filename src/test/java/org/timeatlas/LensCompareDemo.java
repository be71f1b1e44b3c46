package org.timeatlas;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Not a test: renders the explorer seen through a lens, optionally in compare, to look at them.
 * {@code java -cp … org.timeatlas.LensCompareDemo OUT.png LENS-ID compare|map TERRITORY-ID|- [app options…]}
 */
public final class LensCompareDemo {

    private LensCompareDemo() {
    }

    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }

    /** The JavaFX side; kept apart so the launcher class does not extend Application. */
    public static final class DemoApp extends Application {
        @Override
        public void start(Stage stage) {
            String[] args = getParameters().getRaw().toArray(String[]::new);
            App app = DemoWindow.open(stage, args, 4);
            app.state().setLens(args[1]);
            if (!"-".equals(args[3])) {
                app.state().selectTerritory(args[3]);
            }
            if ("compare".equals(args[2])) {
                app.explorer().context().commands().find("view.compare").orElseThrow().execute();
            }
            DemoWindow.snapshotAfter(stage, Path.of(args[0]), Duration.millis(1500));
        }
    }
}
