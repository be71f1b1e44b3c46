package org.timeatlas.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeatlas.ui.timeline.TimelineTestAtlas.day;

import java.time.LocalDateTime;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private final Atlas atlas = TimelineTestAtlas.atlas();
    private final TimeAxis axis = new TimeAxis(atlas.info().axis());
    private ExplorerState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(atlas.info().start(), atlas.info().end(), day("2008-08-08"), "en");
        view = new TimelineView(atlas, axis, state, new Texts(state));
        Scene scene = new Scene(new VBox(view), 1280, 200);
        for (String sheet : new String[] {"/org/timeatlas/ui/app.css", "/org/timeatlas/ui/timeline.css"}) {
            scene.getStylesheets().add(Objects.requireNonNull(TimelineView.class.getResource(sheet)).toExternalForm());
        }
        stage.setScene(scene);
        stage.sizeToScene(); // the stage all tests share keeps the size an earlier test left unless told
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void warDaysAndEveryYearAreWideEnoughInA1280PixelWindow() {
        assertEquals(1280, view.getWidth());
        for (int d = 7; d <= 12; d++) {
            LocalDateTime august = day("2008-08-01").withDayOfMonth(d);
            double width = view.xOf(august.plusDays(1)) - view.xOf(august);
            assertTrue(width >= 30, august.toLocalDate() + " is " + width + " px");
        }
        for (int year = 1989; year <= 2008; year++) {
            LocalDateTime january = LocalDateTime.of(year, 1, 1, 0, 0);
            double width = view.xOf(january.plusYears(1)) - view.xOf(january);
            assertTrue(width >= 25, year + " is " + width + " px");
        }
        assertTrue(view.xOf(atlas.info().start()) >= 8, "the axis keeps the view's padding");
        assertTrue(view.xOf(atlas.info().end()) <= 1280 - 8, "the axis keeps the view's padding");
    }

    @Test
    void clickingOnTheAxisMovesTheMomentToTheDayThere(FxRobot robot) {
        double x = view.xOf(LocalDateTime.parse("2008-08-10T15:00"));
        robot.clickOn(screen(x, view.axisY() + 25), MouseButton.PRIMARY);

        assertEquals(day("2008-08-10"), state.moment());

        double x1995 = view.xOf(LocalDateTime.parse("1995-06-20T00:00"));
        robot.clickOn(screen(x1995, view.axisY() + 25), MouseButton.PRIMARY);

        assertEquals(1995, state.moment().getYear());
        assertEquals(LocalDateTime.parse("1995-06-20T00:00").toLocalDate().withDayOfMonth(1).getMonth(),
                state.moment().getMonth());
        assertEquals(0, state.moment().getHour(), "a compressed year snaps to whole days");
    }

    @Test
    void draggingPlayheadMovesMomentWhileDragging(FxRobot robot) {
        robot.interact(() -> state.setMoment(day("2008-08-08")));
        Point2D knob = screen(view.xOf(day("2008-08-08")), view.axisY());
        Point2D halfWay = screen(view.xOf(LocalDateTime.parse("2008-08-09T12:00")), view.axisY());
        Point2D end = screen(view.xOf(LocalDateTime.parse("2008-08-11T12:00")), view.axisY());

        robot.moveTo(knob).press(MouseButton.PRIMARY).moveTo(halfWay);
        LocalDateTime whileDragging = state.moment();
        robot.moveTo(end).release(MouseButton.PRIMARY);

        assertEquals(day("2008-08-09"), whileDragging);
        assertEquals(day("2008-08-11"), state.moment());
        assertEquals(view.xOf(state.moment()), view.playhead().getTranslateX(), 0.01);
    }

    @Test
    void clickingAnEventMarkSelectsItAndMovesTheMomentToIt(FxRobot robot) {
        Event ceasefire = atlas.event(TimelineTestAtlas.CEASEFIRE).orElseThrow();
        robot.clickOn(screen(view.xOf(ceasefire.start()) + 2, view.marksY()), MouseButton.PRIMARY);

        assertEquals(TimelineTestAtlas.CEASEFIRE, state.selectedEventProperty().get());
        assertEquals(ceasefire.start(), state.moment());
    }

    @Test
    void selectingAnEventRepaintsWithItsMarkHighlighted(FxRobot robot) {
        Event recognition = atlas.event(TimelineTestAtlas.RECOGNITION).orElseThrow();
        int paintsBefore = view.paintCount();
        double x = view.xOf(recognition.start()) - 4;
        double y = view.axisY() - view.bands().markHeight(recognition.importance()) + 14;

        Color before = pixel(robot, x, y);
        robot.interact(() -> state.selectEvent(recognition.id()));
        Color after = pixel(robot, x, y);

        assertTrue(view.paintCount() > paintsBefore);
        assertEquals(view.palette().colour(TimelinePalette.Ink.SELECTION_HALO), after,
                "the selected mark has a halo; before: " + before);
    }

    @Test
    void switchingToHindiRedrawsTheLabelsInDevanagari(FxRobot robot) {
        int paintsBefore = view.paintCount();
        String english = view.playhead().label().getText();

        robot.interact(() -> state.setLanguage("hi"));

        String hindi = view.playhead().label().getText();
        assertTrue(view.paintCount() > paintsBefore, "the canvas is repainted");
        assertTrue(english.contains("August"), english);
        assertTrue(TimelinePalette.hasDevanagari(hindi), hindi);
    }

    @Test
    void movingThePlayheadDoesNotRepaintTheCanvas(FxRobot robot) {
        int paintsBefore = view.paintCount();
        robot.interact(() -> {
            LocalDateTime moment = day("1989-01-01");
            for (int i = 0; i < 1000; i++) {
                moment = moment.plusHours(163);
                state.setMoment(moment);
            }
        });

        // its cost is measured by the benchmark (scrub frames), not timed here
        assertEquals(paintsBefore, view.paintCount(), "moment changes must not repaint the canvas");
        assertEquals(view.xOf(state.moment()), view.playhead().getTranslateX(), 0.01);
    }

    @Test
    void playheadLabelStaysInsideTheView(FxRobot robot) {
        robot.interact(() -> state.setMoment(LocalDateTime.parse("2008-12-31T20:00")));
        robot.interact(() -> { });
        var label = view.playhead().label();
        double right = view.playhead().getTranslateX() + label.getTranslateX() + label.getWidth();

        assertTrue(right <= view.getWidth(), "label ends at " + right);
        assertTrue(label.getText().contains("20:00"), label.getText());
    }

    @Test
    void theViewTakesKeyboardFocusAndIsAboutAsTallAsPlanned() {
        assertTrue(view.isFocusTraversable());
        assertTrue(view.getHeight() >= 130 && view.getHeight() <= 160, "height " + view.getHeight());
    }

    @Test
    void longEraNamesAreShortenedWithAnEllipsisToFitTheirBand(FxRobot robot) {
        String[] fitted = new String[2];
        robot.interact(() -> {
            TickLabels labels = new TickLabels(new org.timeatlas.i18n.Messages("hi"), view.palette(), view.bands());
            String name = "रूसी शांति सेना के अधीन जमे हुए संघर्ष";
            Font font = view.palette().fontFor(name, FontWeight.NORMAL, 11);
            fitted[0] = labels.fit(name, font, 60);
            fitted[1] = labels.width(fitted[0], font) <= 60 ? "fits" : "too wide";
        });

        assertTrue(fitted[0].endsWith("…"), fitted[0]);
        assertEquals("fits", fitted[1]);
    }

    private Point2D screen(double x, double y) {
        return view.localToScreen(x, y);
    }

    private Color pixel(FxRobot robot, double x, double y) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = view.snapshot(null, null));
        return image[0].getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }
}
