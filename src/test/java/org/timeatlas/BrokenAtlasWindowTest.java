package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.testing.BrokenAtlases;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.ui.feature.ExplorerFeature;

/**
 * An atlas given with --atlas that has problems of different kinds (a wrong JSON type, a reference leaving the
 * folder, a projection that is not conformal, geometry that projects to infinity), or that the explorer cannot
 * be built from: the problems are listed in a dialog, nothing is swallowed, and the embedded atlas opens.
 */
class BrokenAtlasWindowTest {

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @ValueSource(strings = {"type-tags-object", "ref-dotdot", "proj-longlat", "geometry-to-the-pole"})
    void eachKindOfProblemIsListedAndTheEmbeddedAtlasOpens(String name) throws Exception {
        Path atlas = BrokenAtlases.build(name, Files.createTempDirectory("broken-" + name));
        App app = open(new App(), atlas);
        String listed = problemsListed();
        String expected = BrokenAtlases.expected(name).get(0);
        assertTrue(listed.contains(expected.substring(0, expected.indexOf(':'))), name + ": " + listed);
        assertEquals("georgia-1991-2008", app.explorer().context().atlas().info().id(), "the embedded atlas opens");
    }

    @org.junit.jupiter.api.Test
    void aFailureWhileBuildingTheExplorerIsShownAndTheEmbeddedAtlasOpens() throws Exception {
        Path islands = TestAtlases.islandsFolder();
        ExplorerFeature failing = (context, slots) -> {
            if (!"georgia-1991-2008".equals(context.atlas().info().id())) {
                throw new IllegalStateException("a shape the map cannot draw");
            }
            return Subscription.EMPTY;
        };
        App app = open(new App(scale -> {
            List<ExplorerFeature> features = new ArrayList<>(App.features(scale));
            features.add(failing);
            return features;
        }), islands);
        String listed = problemsListed();
        assertTrue(listed.contains("could not be built") && listed.contains("a shape the map cannot draw"), listed);
        assertEquals("georgia-1991-2008", app.explorer().context().atlas().info().id());
    }

    private static App open(App app, Path atlas) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> app.open(stage, LaunchOptions.parse("--fresh", "--atlas", atlas.toString())));
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    private static String problemsListed() {
        FxRobot robot = new FxRobot();
        List<Window> windows = robot.listWindows();
        assertTrue(windows.size() >= 1);
        return robot.lookup("#problems-list").queryAs(TextArea.class).getText();
    }
}
