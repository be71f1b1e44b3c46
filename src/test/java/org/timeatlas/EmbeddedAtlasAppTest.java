package org.timeatlas;

import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A UI test of the whole application on the embedded atlas: each test opens a fresh window (no remembered settings)
 * of 1280×800 at a date. TestFX calls only the {@code @Start} method the test class itself declares, so each
 * subclass declares one that calls {@link #open}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class EmbeddedAtlasAppTest {

    protected final App app = new App();

    /**
     * The first window of a JVM on the embedded atlas takes more than TestFX's 30 s to open on a loaded machine (seen
     * with 8 builds on 2 cores): give it longer rather than fail on the machine's load.
     */
    @BeforeAll
    static void allowASlowFirstOpening() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    /** Opens the explorer in {@code stage} at {@code date} (as {@code --date} takes it, e.g. {@code 2008-08-10}). */
    protected final void open(Stage stage, String date) {
        app.open(stage, LaunchOptions.parse("--fresh", "--date", date, "--size", "1280x800"));
        stage.show();
    }
}
