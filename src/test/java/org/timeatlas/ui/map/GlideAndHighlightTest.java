package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Highlight;
import org.timeatlas.geo.MapView;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.ViewRequest;

/** A requested view is glided to, not jumped to; a tour step's highlight is drawn and cleared. */
@ExtendWith(ApplicationExtension.class)
class GlideAndHighlightTest {

    private static final LocalDateTime LANDING = LocalDateTime.of(2000, 6, 5, 6, 0);

    private MapFixture fixture;
    private MapPane map;

    @Start
    void start(Stage stage) {
        fixture = new MapFixture(TestAtlases.islands(), LANDING, stage);
        map = fixture.map;
    }

    @Test
    void aRequestedViewIsGlidedToAndASecondRequestRetargetsTheGlide(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<MapView> seen = new ArrayList<>();
        robot.interact(() -> map.viewProperty().addListener((obs, old, now) -> seen.add(now)));
        MapView home = map.viewProperty().get();
        Point2D west = new Point2D(10.2, 0.2);
        boolean[] gliding = new boolean[1];
        int[] viewsAtOnce = new int[1];
        MapView[] views = new MapView[4];
        Point2D east = new Point2D(10.9, 0.9);
        // on the FX thread in one go, driving the glide's frames by hand: on a loaded machine a real glide may be
        // over before a test thread looks, and its frames are too few to follow
        robot.interact(() -> {
            fixture.state.requestView(ViewRequest.place(west.getX(), west.getY()));
            gliding[0] = map.isGliding();
            viewsAtOnce[0] = seen.size();
            map.glide().showAt(0.5);
            views[0] = map.viewProperty().get(); // half the time in
            fixture.state.requestView(ViewRequest.place(east.getX(), east.getY()));
            map.glide().showAt(0);
            views[1] = map.viewProperty().get(); // the second glide's start
            map.glide().showAt(0.5);
            views[2] = map.viewProperty().get();
        });
        assertTrue(gliding[0], "the map glides rather than jumps");
        assertTrue(viewsAtOnce[0] <= 1, "no jump to the end: " + viewsAtOnce[0] + " views at once");
        MapView midway = views[0];
        assertTrue(midway.metresPerPixel() < home.metresPerPixel() && midway.centerX() != home.centerX(),
                "half-way, the map has moved and zoomed part of the way");
        assertEquals(midway, views[1], "the second glide starts where the first was, without a jump");
        waitUntilLanded();
        assertTrue(ViewGlide.LENGTH.toMillis() <= 400);

        Point2D drawnAt = map.pointOf(east.getX(), east.getY());
        assertEquals(map.getWidth() / 2, drawnAt.getX(), 1, "it ended on the second place");
        assertEquals(map.getHeight() / 2, drawnAt.getY(), 1);
        MapView last = map.viewProperty().get();
        double half = Math.hypot(views[2].centerX() - midway.centerX(), views[2].centerY() - midway.centerY());
        double whole = Math.hypot(last.centerX() - midway.centerX(), last.centerY() - midway.centerY());
        assertTrue(half > whole / 2 && half < whole, "ease-out: more than half the way in half the time: "
                + half + " of " + whole);
        assertTrue(home.metresPerPixel() > last.metresPerPixel(), "zoomed in to the place");

        // a pan by the user stops a glide where it is
        robot.interact(() -> {
            fixture.state.requestView(ViewRequest.box(new Bounds(9.9, -0.1, 11.1, 1.1)));
            map.pan(0.1, 0);
            gliding[0] = map.isGliding();
        });
        assertFalse(gliding[0], "the user's move wins over the glide");
    }

    @Test
    void theSameViewAskedForAgainAfterTheUserMovedAwayIsShownAgain(FxRobot robot) throws Exception {
        Bounds box = new Bounds(10.6, 0.4, 11.0, 0.8);
        robot.interact(() -> fixture.state.requestView(ViewRequest.box(box)));
        waitUntilLanded();
        MapView fitted = map.viewProperty().get();
        robot.interact(() -> map.pan(0.3, 0.2));
        assertNotEquals(fitted, map.viewProperty().get(), "the user moved away");
        // e.g. a map view's button pressed twice, a tour step shown again, the presentation refitting its step
        robot.interact(() -> fixture.state.requestView(ViewRequest.box(box)));
        waitUntilLanded();
        assertEquals(fitted, map.viewProperty().get(), "a request equal to the one before moves the map back");
    }

    @Test
    void aResizeDuringAGlideDoesNotStopItAndTheMapLandsOnTheViewAskedFor(FxRobot robot) throws Exception {
        Bounds box = new Bounds(10.6, 0.4, 11.0, 0.8);
        boolean[] gliding = new boolean[1];
        robot.interact(() -> {
            fixture.state.requestView(ViewRequest.box(box));
            map.glide().showAt(0.3);
            // the window changes size under the glide, e.g. as the presentation's caption band comes in
            map.resize(map.getWidth() - 240, map.getHeight() - 160);
            map.layout();
            gliding[0] = map.isGliding();
        });
        assertTrue(gliding[0], "the glide goes on at the new size");
        waitUntilLanded();
        MapView landed = map.viewProperty().get();
        robot.interact(() -> fixture.state.requestView(ViewRequest.box(box)));
        waitUntilLanded();
        MapView fitted = map.viewProperty().get();
        assertEquals(fitted.metresPerPixel(), landed.metresPerPixel(), 1e-9 * fitted.metresPerPixel(),
                "it landed on the box fitted at the size the map has now");
        assertEquals(fitted.centerX(), landed.centerX(), 1e-6);
        assertEquals(fitted.centerY(), landed.centerY(), 1e-6);
    }

    @Test
    void aViewAskedForBeforeTheFirstFrameIsShownAtOnce(FxRobot robot) {
        Stage[] second = new Stage[1];
        MapPane[] early = new MapPane[1];
        ExplorerState state = new ExplorerState(fixture.atlas.info().start(), fixture.atlas.info().end(), LANDING, "en");
        robot.interact(() -> {
            StateIndex index = new StateIndex(fixture.atlas);
            early[0] = new MapPane(fixture.atlas, index, state,
                    new CurrentEvents(index, new TimeAxis(fixture.atlas.info().axis()), state), new Texts(state));
            state.requestView(ViewRequest.box(new Bounds(10.6, 0.4, 11.0, 0.8)));
            assertFalse(early[0].isGliding(), "nothing to glide from before the first frame");
            second[0] = new Stage();
            Scene scene = new Scene(early[0], 800, 600);
            scene.getStylesheets().add(MapFixture.class.getResource("/org/timeatlas/ui/app.css").toExternalForm());
            second[0].setScene(scene);
            second[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D corner = early[0].pointOf(10.6, 0.4);
        Point2D other = early[0].pointOf(11.0, 0.8);
        assertTrue(corner.getX() >= 0 && other.getX() <= 800 && other.getY() >= 0 && corner.getY() <= 600);
        assertTrue(other.getX() - corner.getX() > 300, "the small box fills the map: " + corner + " " + other);
        robot.interact(() -> {
            early[0].dispose();
            second[0].close();
        });
    }

    @Test
    void aTourStepsHighlightIsDrawnAndCleared(FxRobot robot) {
        PseudoClass highlighted = PseudoClass.getPseudoClass("highlighted");
        String event = map.visibleEventIds().get(0);
        assertFalse(map.shownMovementIds().isEmpty(), "the landing runs at 06:00");
        String movement = map.shownMovementIds().get(0);
        robot.interact(() -> fixture.state.setHighlight(
                new Highlight(List.of("east-isle"), List.of(event), List.of(movement))));
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(robot.lookup("#highlight-east-isle").tryQuery().orElse(null), "the territory is outlined");
        assertTrue(robot.lookup(".map-highlight-outline").queryAll().size() == 1);
        javafx.scene.Node ring = robot.lookup(".map-event-highlight").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .findFirst().orElseThrow(() -> new AssertionError("the event's mark is ringed"));
        assertTrue(ring.getParent().getPseudoClassStates().contains(highlighted));
        MovementLayer.Arrow arrow = robot.lookup("#movement-" + movement).queryAs(MovementLayer.Arrow.class);
        assertTrue(arrow.getPseudoClassStates().contains(highlighted), "the movement is emphasised");
        assertTrue(arrow.label.isVisible(), "a highlighted movement is named");
        assertTrue(arrow.line.getStrokeWidth() > 0);

        robot.interact(() -> fixture.state.setHighlight(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".map-highlight-outline").queryAll().isEmpty(), "cleared");
        assertTrue(robot.lookup(".map-event-highlight").queryAll().stream().noneMatch(javafx.scene.Node::isVisible));
        assertFalse(arrow.getPseudoClassStates().contains(highlighted));
    }

    private void waitUntilLanded() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !map.isGliding());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
