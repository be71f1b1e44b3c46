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
            App app = new App();
            app.open(stage, LaunchOptions.parse(Arrays.copyOfRange(args, 4, args.length)));
            app.state().setLens(args[1]);
            if (!"-".equals(args[3])) {
                app.state().selectTerritory(args[3]);
            }
            if ("compare".equals(args[2])) {
                app.explorer().context().commands().find("view.compare").orElseThrow().execute();
            }
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
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
