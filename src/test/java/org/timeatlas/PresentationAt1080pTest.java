package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.ui.feature.ExplorerContext;

/**
 * Presentation mode at a projector's 1920×1080, larger than the headless test screen: the window's content is laid
 * out in a scene of that size off the screen (as PresentationLegibilityTest does), and going full screen and back
 * is a change of that scene's size. After Esc the side column is back, whole on the screen, with its share of the
 * window; the map's legend folds while presenting and comes back as it was.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationAt1080pTest {

    private final App app = new App();
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.open(stage, LaunchOptions.parse("--date", "2008-08-05", "--size", "1280x800", "--lang", "en", "--fresh"));
        stage.show();
    }

    @Test
    void afterEscAt1920x1080TheSideColumnIsBackWholeOnTheScreenInEnglishAndHindi(FxRobot robot) {
        resize(robot, 1920, 1080);
        for (String language : List.of("en", "hi")) {
            robot.interact(() -> app.state().setLanguage(language));
            Bounds before = columnInScene(robot);
            assertOnScreen(before, 1920, 1080, language + ", before presenting");
            present(robot);
            robot.interact(() -> command("presentation.end"));
            Bounds after = columnInScene(robot);
            assertOnScreen(after, 1920, 1080, language + ", after Esc");
            assertEquals(before.getWidth(), after.getWidth(), 2, language + ": the column is as wide as it was");
        }
    }

    @Test
    void leavingFullScreenAfterEscGivesTheColumnItsShareOfTheWindowAgain(FxRobot robot) {
        robot.interact(() -> {
            stage.setFullScreen(false); // as an earlier test may have left the stage all tests share
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        waitUntil(() -> !stage.isFullScreen() && stage.getWidth() < 1001, "the window is 1000 px wide");
        scene = stage.getScene();
        Bounds before = columnInScene(robot);
        present(robot);
        waitUntil(() -> stage.isFullScreen() && stage.getWidth() > 1000, "presenting fills the screen");
        layout(robot);
        robot.interact(() -> command("presentation.end"));
        waitUntil(() -> !stage.isFullScreen() && stage.getWidth() < 1001, "Esc leaves full screen");
        layout(robot);
        assertEquals(1000, stage.getWidth(), 1, "the window has its size back");
        Bounds after = columnInScene(robot);
        assertOnScreen(after, 1000, 700, "back in the window");
        assertEquals(before.getWidth(), after.getWidth(), 2,
                "the column has its share of the window again, not the width it had on the full screen");
    }

    @Test
    void theLegendFoldsWhilePresentingAndComesBackAsItWas(FxRobot robot) {
        resize(robot, 1920, 1080);
        Node fold = scene.getRoot().lookup("#map-legend-fold");
        Node legend = scene.getRoot().lookup(".map-legend");
        assertTrue(fold.isVisible(), "the legend is open as a strip before presenting");
        present(robot);
        assertFalse(fold.isVisible(), "folded into its button while presenting");
        assertEquals(Boolean.FALSE, app.explorer().context().host().remembered().section("map.legend", java.util.Map.class)
                        .map(section -> section.get("folded")).orElse(Boolean.FALSE),
                "the fold presenting makes is not remembered (a crash now must not leave the legend folded)");
        Node map = scene.getRoot().lookup(".map-pane");
        assertTrue(legend.getLayoutBounds().getWidth() < map.getLayoutBounds().getWidth() / 5,
                "it no longer runs along the map: " + legend.getLayoutBounds() + " on a map " + map.getLayoutBounds());
        robot.interact(() -> command("presentation.end"));
        layout(robot);
        assertTrue(fold.isVisible(), "the legend is open again after Esc");
        assertTrue(legendShown(), "and K's check mark says so");

        robot.interact(() -> command("view.legend"));
        layout(robot);
        assertFalse(legendShown(), "folded by the user");
        present(robot);
        robot.interact(() -> command("presentation.end"));
        layout(robot);
        assertFalse(legendShown(), "a legend the user had folded stays folded after presenting");
        assertFalse(fold.isVisible());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException late) {
            throw new AssertionError(what + ": not within 10 s", late);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atOneThousandAndEightyTheMapsNamesCaptionsAndDateAreLargeEnoughInEnglishAndHindi(FxRobot robot) {
        resize(robot, 1920, 1080);
        present(robot);
        for (String language : List.of("en", "hi")) {
            robot.interact(() -> app.state().setLanguage(language));
            layout(robot);
            List<javafx.scene.text.Text> names = scene.getRoot().lookupAll(".map-label-text").stream()
                    .filter(PresentationAt1080pTest::shown).map(javafx.scene.text.Text.class::cast).toList();
            assertTrue(names.size() >= 5, language + ": names on the map: " + names.size());
            double smallestName = names.stream().mapToDouble(text -> text.getFont().getSize()).min().orElseThrow();
            List<javafx.scene.text.Text> caption = scene.getRoot().lookupAll("#presentation-caption .wrapping-text-word")
                    .stream().filter(PresentationAt1080pTest::shown).map(javafx.scene.text.Text.class::cast).toList();
            assertFalse(caption.isEmpty(), language + ": the caption's words are shown");
            double smallestCaption = caption.stream().mapToDouble(text -> text.getFont().getSize()).min().orElseThrow();
            javafx.scene.control.Label date = (javafx.scene.control.Label) scene.getRoot().lookup("#presentation-date");
            javafx.scene.text.Text dateText = (javafx.scene.text.Text) date.lookup(".text");
            System.out.printf(java.util.Locale.ROOT, "presenting at 1920×1080 in %s: names ≥ %.1f px, caption %.1f px,"
                    + " date %.1f px%n", language, smallestName, smallestCaption, dateText.getFont().getSize());
            assertTrue(smallestName >= 22, language + ": the map's smallest name is " + smallestName + " px");
            assertTrue(smallestCaption >= 34, language + ": the caption is " + smallestCaption + " px");
            assertTrue(dateText.getFont().getSize() >= 48, language + ": the date is " + dateText.getFont().getSize()
                    + " px");
        }
        robot.interact(() -> command("presentation.end"));
    }

    /** Whether {@code node} and all that hold it are visible. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private boolean legendShown() {
        return context().commands().find("view.legend").orElseThrow().selectedSource().get();
    }

    private void present(FxRobot robot) {
        robot.interact(() -> command("presentation.tour.five-days"));
        robot.interact(() -> command("presentation.start"));
        layout(robot);
        assertTrue(scene.getRoot().lookup("#presentation-band") != null, "presenting");
        robot.interact(() -> context().tours().next());
        layout(robot);
    }

    private static void assertOnScreen(Bounds column, double width, double height, String when) {
        assertTrue(column.getWidth() > 200, when + ": the column is there: " + column);
        assertTrue(column.getMinX() >= 0 && column.getMaxX() <= width + 0.5 && column.getMaxY() <= height + 0.5,
                when + ": the column lies within the " + width + "×" + height + " window: " + column);
    }

    private Bounds columnInScene(FxRobot robot) {
        layout(robot);
        Node column = scene.getRoot().lookup("#side-column");
        assertTrue(column != null && column.getScene() == scene, "the side column is in the window");
        return column.localToScene(column.getLayoutBounds());
    }

    private void command(String id) {
        context().commands().find(id).orElseThrow().execute();
    }

    private ExplorerContext context() {
        return app.explorer().context();
    }

    private void layout(FxRobot robot) {
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
        }
    }

    /** Lays the window's content out at {@code width}×{@code height} in a scene off the headless screen. */
    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> scene = org.timeatlas.testing.OffScreenWindow.moveContent(stage, scene, width, height));
        layout(robot);
    }
}
