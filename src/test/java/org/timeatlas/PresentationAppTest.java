package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.time.EraLanes;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.WrappingText;
import org.timeatlas.ui.feature.ExplorerContext;

/**
 * Presentation mode on the embedded atlas: F5 presents the five-days tour, the clicker's keys walk it, the screen
 * blanks and returns, nothing after the present is shown, the presenter view opens in a window, and outside tours
 * Page Down steps through the important events only.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationAppTest {

    private final App app = new App();

    @Start
    void start(Stage stage) {
        app.open(stage, LaunchOptions.parse("--date", "2008-08-05", "--size", "1280x800", "--lang", "en"));
        stage.show();
    }

    @Test
    void f5PresentsTheChosenTourAndPageDownWalksEveryStepWithItsMomentViewAndCaption(FxRobot robot) {
        Tour tour = fiveDays();
        present(robot, tour);
        assertFalse(robot.lookup("#side-column").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#side-column").query().getScene() != null, "the side column is hidden");
        assertTrue(robot.lookup("#menu-bar").tryQuery().isEmpty(), "no menus while presenting");
        for (int i = 0; i < tour.steps().size(); i++) {
            if (i > 0) {
                robot.type(KeyCode.PAGE_DOWN);
            }
            TourStep step = tour.steps().get(i);
            assertEquals(step.moment(), state().moment(), "step " + (i + 1) + "'s moment");
            assertEquals(step.view().bounds(), state().viewRequestProperty().get().box(), "step " + (i + 1) + "'s view");
            assertEquals(step.caption().get("en"), caption(robot), "step " + (i + 1) + "'s caption");
            assertEquals(context().texts().current().moment(step.moment(), step.momentHasTime()), date(robot));
            assertEquals("Step " + (i + 1) + " of " + tour.steps().size(), stepLabel(robot));
            assertEquals(step.revealedUntil(), state().revealUntil(), "no spoilers after step " + (i + 1));
        }
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(tour.steps().size() - 1, context().tours().position().orElseThrow().step(), "the last step stays");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(tour.steps().size() - 2, context().tours().position().orElseThrow().step());
        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        assertEquals(4, context().tours().position().orElseThrow().step(), "5 then Enter goes to step 5");
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2).type(KeyCode.ENTER);
        assertEquals(11, context().tours().position().orElseThrow().step(), "12 then Enter goes to step 12");
        robot.type(KeyCode.NUMPAD3).type(KeyCode.ENTER);
        assertEquals(2, context().tours().position().orElseThrow().step(), "the number pad's 3 then Enter: step 3");
        assertTrue(context().commands().keyHelp().stream().anyMatch(k -> k.keys().equals("0–9")),
                "Help shows the step number's keys as 0–9, not as twenty keys");
        robot.type(KeyCode.END);
        assertEquals(tour.steps().size() - 1, context().tours().position().orElseThrow().step(), "End: the last step");
        assertEquals(tour.steps().get(tour.steps().size() - 1).moment(), state().moment());
        robot.type(KeyCode.HOME);
        assertEquals(0, context().tours().position().orElseThrow().step(), "Home: the first step, as in a slide show");
        assertEquals(tour.steps().get(0).moment(), state().moment(), "not the start of the timeline");
        assertEquals(tour.steps().get(0).revealedUntil(), state().revealUntil(), "and still no spoilers");
    }

    @Test
    void bBlacksTheScreenAndAnyKeyReturnsWithoutMovingOn(FxRobot robot) {
        present(robot, fiveDays());
        robot.type(KeyCode.PAGE_DOWN);
        Node blank = robot.lookup("#presentation-blank").query();
        assertFalse(blank.isVisible());
        robot.type(KeyCode.B);
        assertTrue(blank.isVisible(), "B blacks the screen");
        robot.type(KeyCode.K);
        assertFalse(blank.isVisible(), "any key returns");
        robot.type(KeyCode.PERIOD);
        assertTrue(blank.isVisible(), ". blacks it too");
        robot.type(KeyCode.PAGE_DOWN);
        assertFalse(blank.isVisible(), "the clicker returns");
        assertEquals(1, context().tours().position().orElseThrow().step(), "returning is all that key did");
        robot.type(KeyCode.W);
        assertTrue(blank.isVisible() && blank.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("white")),
                "W whitens it");
        robot.type(KeyCode.ESCAPE);
        assertFalse(blank.isVisible(), "Esc returns from the blank first");
        assertTrue(context().tours().isRunning(), "and does not end the presentation");
    }

    @Test
    void escClosesOneThingPerPressAndEndingRestoresTheWindow(FxRobot robot) {
        present(robot, fiveDays());
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT3);
        assertTrue(stepLabel(robot).contains("go to step 3"), stepLabel(robot));
        robot.type(KeyCode.ESCAPE);
        assertFalse(stepLabel(robot).contains("go to step"), "the first Esc drops the number typed");
        assertTrue(robot.lookup("#presentation-pointer").query().getPseudoClassStates().toString().contains("pen"));
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#presentation-pointer").query().getPseudoClassStates().toString().contains("pen"),
                "the second puts the pen away");
        assertTrue(robot.lookup("#presentation-band").tryQuery().isPresent(), "still presenting");
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#presentation-band").tryQuery().isEmpty(), "the third ends the presentation");
        assertNull(state().revealUntil(), "the horizon is cleared");
        Node column = robot.lookup("#side-column").query();
        Node timeline = robot.lookup(".timeline").query();
        robot.interact(() -> column.getScene().getRoot().layout());
        assertTrue(column.getLayoutBounds().getWidth() > 100, "the side column is back: " + column.getLayoutBounds());
        assertTrue(timeline.getScene() != null && timeline.getLayoutBounds().getHeight() > 40
                && timeline.getStyle().isEmpty(), "the timeline is back at its size: " + timeline.getLayoutBounds());
        assertTrue(robot.lookup("#menu-bar").tryQuery().isPresent(), "the menus are back");
        assertFalse(((Stage) context().windows().main()).isFullScreen(), "full screen is left");
        assertFalse(context().tours().isRunning(), "the tour the presentation began has stopped");
        boolean dayByDay = state().isDayByDayMode();
        robot.type(KeyCode.W);
        assertTrue(state().isDayByDayMode() != dayByDay, "outside presentation W is day by day again");
        assertTrue(robot.lookup("#presentation-blank").tryQuery().isEmpty(), "and does not whiten anything");

        // the tour stays chosen for the next F5; View ▸ Presentation ▸ Tour to present ▸ None presents the explorer
        robot.interact(() -> context().commands().find("presentation.tour.none").orElseThrow().execute());
        robot.clickOn("#current-moment").type(KeyCode.F5);
        assertTrue(robot.lookup("#presentation-band").tryQuery().isPresent(), "F5 presents");
        assertFalse(context().tours().isRunning(), "the explorer itself, with no tour");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void noSpoilersHidesFutureEventTicksEraNamesAndListEntries(FxRobot robot) {
        present(robot, fiveDays());
        LocalDateTime horizon = state().revealUntil();
        assertEquals(LocalDateTime.of(2008, 8, 7, 12, 0), horizon);
        Event later = context().atlas().events().stream()
                .filter(e -> e.start().toLocalDate().equals(java.time.LocalDate.of(2008, 8, 9))).findFirst().orElseThrow();
        assertFalse(state().shownEventsProperty().get().test(later), "a tick of 9 August is hidden (the timeline's marks follow this)");
        assertTrue(context().currentEvents().events().stream().noneMatch(e -> e.start().isAfter(horizon)),
                "the event list shows nothing after the horizon: " + context().currentEvents().events());
        List<EraLanes.ShownEra> eras = new EraLanes(context().atlas().eras()).shownUntil(horizon);
        Set<String> shown = eras.stream().map(e -> e.era().id()).collect(Collectors.toSet());
        assertFalse(shown.contains("aftermath-2008"), "the aftermath's era lies ahead: " + shown);
        EraLanes.ShownEra war = eras.stream().filter(e -> e.era().id().equals("august-2008-war")).findFirst().orElseThrow();
        assertEquals(horizon, war.to(), "the war's band ends at the present, not on 13 August");

        robot.interact(() -> context().commands().find("presentation.noSpoilers").orElseThrow().execute());
        assertNull(state().revealUntil(), "spoilers shown again");
        assertTrue(state().shownEventsProperty().get().test(later));
        assertEquals(context().atlas().eras().size(), new EraLanes(context().atlas().eras()).shownUntil(null).size());
        robot.interact(() -> context().commands().find("presentation.noSpoilers").orElseThrow().execute());
        assertEquals(horizon, state().revealUntil());
    }

    @Test
    void thePresenterViewInAWindowShowsTheNextStepAndTheNotes(FxRobot robot) {
        Tour tour = fiveDays();
        robot.interact(() -> context().commands().find("presentation.tour." + tour.id()).orElseThrow().execute());
        robot.clickOn("#current-moment");
        robot.press(KeyCode.ALT).type(KeyCode.F5).release(KeyCode.ALT);
        Window presenter = robot.listWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getId() != null
                        && w.getScene().getRoot().getId().equals("presenter-view")).findFirst().orElseThrow();
        assertTrue(presenter.isShowing());
        assertFalse(((Stage) context().windows().main()).isFullScreen(), "on one screen the presentation stays in its window");
        assertEquals(tour.steps().get(1).caption().get("en"), text(robot, "#presenter-next"));
        assertEquals(tour.steps().get(0).speakerNotes().orElseThrow().get("en"), text(robot, "#presenter-notes"));
        assertTrue(robot.lookup("#presenter-position").queryAs(Label.class).getText().startsWith("Step 1 of 19"));
        Node view = presenter.getScene().getRoot();
        robot.interact(() -> javafx.event.Event.fireEvent(view, new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.PAGE_DOWN, false, false, false, false)));
        assertEquals(1, context().tours().position().orElseThrow().step(), "the clicker works in the presenter's window");
        assertEquals(tour.steps().get(2).caption().get("en"), text(robot, "#presenter-next"));
        assertEquals(tour.steps().get(1).speakerNotes().orElseThrow().get("en"), text(robot, "#presenter-notes"));
        assertTrue(robot.lookup("#presenter-elapsed").queryAs(Label.class).getText().matches("0:0\\d:\\d\\d"));
    }

    @Test
    void thePresenterViewShowsAPictureOfTheMapAtTheNextStepDrawnOncePerStep(FxRobot robot) throws Exception {
        Tour tour = fiveDays();
        robot.interact(() -> context().commands().find("presentation.tour." + tour.id()).orElseThrow().execute());
        robot.clickOn("#current-moment");
        robot.press(KeyCode.ALT).type(KeyCode.F5).release(KeyCode.ALT);
        javafx.scene.image.ImageView picture = robot.lookup("#presenter-next-picture")
                .queryAs(javafx.scene.image.ImageView.class);
        org.timeatlas.ui.feature.MapPictures.Shot shot = pictureOf(picture, tour.steps().get(1));
        javafx.scene.image.Image first = picture.getImage();
        assertEquals(480, first.getWidth());
        assertEquals(270, first.getHeight());
        assertEquals(tour.steps().get(1).view().bounds(), shot.view().box(), "at the next step's view");
        assertEquals(tour.steps().get(1).highlight(), shot.highlight(), "with what it picks out");
        assertTrue(colours(first) > 20, "a map, not a blank: " + colours(first) + " colours");
        robot.sleep(1500); // the clock ticks and the view refreshes meanwhile
        assertTrue(picture.getImage() == first, "the picture is not drawn again while the step stays");

        robot.interact(() -> context().tours().next());
        pictureOf(picture, tour.steps().get(2));
        assertTrue(picture.getImage() != first, "a new picture for the new next step");
        robot.interact(() -> context().tours().goTo(tour.steps().size() - 1));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> picture.getImage() == null);
        assertFalse(picture.isManaged(), "no picture after the last step");
    }

    /** Waits for the picture of {@code step} and returns what it was drawn for. */
    private static org.timeatlas.ui.feature.MapPictures.Shot pictureOf(javafx.scene.image.ImageView picture,
                                                                     TourStep step) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> picture.getUserData() instanceof org.timeatlas.ui.feature.MapPictures.Shot shot
                        && shot.moment().equals(step.moment()));
        return (org.timeatlas.ui.feature.MapPictures.Shot) picture.getUserData();
    }

    private static long colours(javafx.scene.image.Image image) {
        javafx.scene.image.PixelReader reader = image.getPixelReader();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(reader.getArgb(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void pageDownOutsideToursStepsThroughImportantEventsOnlyAndNThroughEvery(FxRobot robot) {
        robot.interact(() -> state().setMoment(LocalDateTime.of(2008, 8, 8, 0, 0)));
        List<Event> byTime = context().index().events();
        robot.clickOn("#current-moment");
        for (int i = 0; i < 5; i++) {
            LocalDateTime before = state().moment();
            robot.type(KeyCode.PAGE_DOWN);
            Event now = context().atlas().event(state().selectedEventProperty().get()).orElseThrow();
            assertTrue(now.importance() >= 2, now.id() + " is important");
            assertFalse(state().moment().isBefore(before));
        }
        robot.interact(() -> {
            state().selectEvent(null);
            state().setMoment(LocalDateTime.of(2008, 8, 8, 0, 0));
        });
        boolean minorSeen = false;
        for (int i = 0; i < 40 && !minorSeen; i++) {
            robot.type(KeyCode.N);
            minorSeen = context().atlas().event(state().selectedEventProperty().get()).orElseThrow().importance() == 1;
        }
        assertTrue(minorSeen, "N visits the minor events too (" + byTime.size() + " events)");
    }

    @Test
    void presentingTheExplorerWithoutATourNamesTheEventAndNeverStampsAnUntimedOneWithATime(FxRobot robot) {
        Event untimed = context().atlas().events().stream()
                .filter(e -> !e.startHasTime() && e.importance() >= 2
                        && e.start().toLocalDate().equals(java.time.LocalDate.of(2008, 8, 9)))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            state().setMoment(untimed.start().plusHours(15));
            state().selectEvent(untimed.id());
        });
        robot.clickOn("#current-moment");
        robot.type(KeyCode.F5);
        assertFalse(context().tours().isRunning());
        assertEquals(untimed.title().get("en"), caption(robot));
        assertEquals(context().texts().current().date(untimed.start().toLocalDate()), date(robot),
                "an event known only to the day is shown with its date alone");
        LocalDateTime[] before = momentAndHorizon(robot);
        assertEquals(before[0], before[1], "without a tour the horizon is the moment");
        robot.type(KeyCode.RIGHT);
        assertTrue(state().moment().isAfter(untimed.start().plusHours(15)), "→ still steps time without a tour");
        LocalDateTime[] after = momentAndHorizon(robot);
        assertEquals(after[0], after[1], "and the horizon follows it");
    }

    /** The moment and the horizon read together on the FX thread: a step may still be gliding the moment on. */
    private LocalDateTime[] momentAndHorizon(FxRobot robot) {
        LocalDateTime[] both = new LocalDateTime[2];
        robot.interact(() -> {
            both[0] = state().moment();
            both[1] = state().revealUntil();
        });
        return both;
    }

    @Test
    void thePensInkLiesOnTheMapAndFollowsItWhenItPansZoomsOrChangesPage(FxRobot robot) {
        present(robot, fiveDays());
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        Node map = robot.lookup(".map-pane").query();
        javafx.geometry.Bounds onScreen = map.localToScreen(map.getLayoutBounds());
        double x = onScreen.getMinX() + onScreen.getWidth() * 0.4;
        double y = onScreen.getMinY() + onScreen.getHeight() * 0.4;
        robot.drag(new javafx.geometry.Point2D(x, y), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(x + 60, y + 10)).moveTo(new javafx.geometry.Point2D(x + 120, y + 40))
                .drop();
        javafx.scene.shape.Polyline stroke = robot.lookup("#presentation-ink .presentation-ink")
                .queryAs(javafx.scene.shape.Polyline.class);
        assertTrue(stroke.getPoints().size() >= 6, "a stroke of three points or more: " + stroke.getPoints());
        assertTrue(isInside(map, stroke), "the ink lies on the map, not over the window");
        javafx.geometry.Point2D first = firstPoint(stroke);
        assertEquals(x, first.getX(), 2, "drawn where the pen went down");

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        robot.interact(() -> map.getScene().getRoot().layout());
        javafx.geometry.Point2D panned = firstPoint(stroke);
        assertEquals(first.getX() - 0.1 * map.getLayoutBounds().getWidth(), panned.getX(), 2,
                "panning east by a tenth of the map moves the ink west with it");
        assertEquals(first.getY(), panned.getY(), 2);

        double length = length(stroke);
        robot.interact(() -> context().commands().find("view.zoomIn").orElseThrow().execute());
        waitForGlide(robot);
        assertTrue(length(stroke) > length * 1.2, "zooming in makes the ink larger with the map: "
                + length + " → " + length(stroke));

        robot.type(KeyCode.ESCAPE); // the pen away; still presenting
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(robot.lookup("#presentation-ink .presentation-ink").tryQuery().isEmpty(), "the next step has no ink");
        robot.type(KeyCode.PAGE_UP);
        waitForGlide(robot);
        assertTrue(robot.lookup("#presentation-ink .presentation-ink").tryQuery().isPresent(),
                "the ink comes back with its step");
        javafx.scene.shape.Polyline back = robot.lookup("#presentation-ink .presentation-ink")
                .queryAs(javafx.scene.shape.Polyline.class);
        assertTrue(isInside(map, back), "at the step's own view again");
        robot.type(KeyCode.E);
        assertTrue(robot.lookup("#presentation-ink .presentation-ink").tryQuery().isEmpty(), "E erases the step's ink");
    }

    private static javafx.geometry.Point2D firstPoint(javafx.scene.shape.Polyline stroke) {
        return stroke.localToScreen(stroke.getPoints().get(0), stroke.getPoints().get(1));
    }

    private static double length(javafx.scene.shape.Polyline stroke) {
        List<Double> points = stroke.getPoints();
        int last = points.size() - 2;
        return Math.hypot(points.get(last) - points.get(0), points.get(last + 1) - points.get(1));
    }

    private static boolean isInside(Node map, javafx.scene.shape.Polyline stroke) {
        javafx.geometry.Point2D inMap = map.sceneToLocal(stroke.localToScene(stroke.getPoints().get(0),
                stroke.getPoints().get(1)));
        return map.getLayoutBounds().contains(inMap) && map.getParent() != null
                && isDescendant(stroke, map);
    }

    private static boolean isDescendant(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void waitForGlide(FxRobot robot) {
        for (int i = 0; i < 40; i++) {
            robot.sleep(100);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void present(FxRobot robot, Tour tour) {
        robot.interact(() -> context().commands().find("presentation.tour." + tour.id()).orElseThrow().execute());
        robot.clickOn("#current-moment");
        robot.type(KeyCode.F5);
        assertTrue(robot.lookup("#presentation-band").tryQuery().isPresent(), "F5 presents");
        assertEquals(0, context().tours().position().orElseThrow().step(), "from the first step");
    }

    private Tour fiveDays() {
        return context().tours().tour("five-days").orElseThrow();
    }

    private static String caption(FxRobot robot) {
        return text(robot, "#presentation-caption");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(WrappingText.class).getText();
    }

    private static String date(FxRobot robot) {
        return robot.lookup("#presentation-date").queryAs(Label.class).getText();
    }

    private static String stepLabel(FxRobot robot) {
        return robot.lookup("#presentation-step").queryAs(Label.class).getText();
    }

    private ExplorerContext context() {
        return app.explorer().context();
    }

    private ExplorerState state() {
        return app.state();
    }
}
