package org.timeatlas.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.FocusAxes;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.DayByDayMode;
import org.timeatlas.ui.Texts;

/** The timeline in day-by-day mode, on the islands atlas (focus period 2–11 June 2000, fine range 5–9 June). */
@ExtendWith(ApplicationExtension.class)
class TimelineFocusTest {

    private final Atlas atlas = TestAtlases.islands();
    private final FocusPeriod period = atlas.info().focusPeriods().get(0);
    private ExplorerState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(atlas.info().start(), atlas.info().end(), LocalDateTime.of(2000, 6, 6, 0, 0), "en");
        new DayByDayMode(state, atlas.info().focusPeriods());
        view = new TimelineView(atlas, new TimeAxis(atlas.info().axis()), state, new Texts(state));
        stage.setScene(new Scene(new VBox(view), 1280, 240));
        stage.sizeToScene(); // the stage all tests share keeps the size an earlier test left unless told
        stage.show();
    }

    @Test
    void inFocusModeTheAxisShowsJustThePeriodWithTheFineRangeWidest(FxRobot robot) {
        double wholeHeight = view.getHeight();
        robot.interact(() -> state.setDayByDayMode(true));
        double left = view.xOf(period.from());
        double right = view.xOf(period.to());
        assertEquals(16, left, 1e-6, "the period starts at the left end");
        assertEquals(1280 - 16, right, 1e-6);
        double fine = view.xOf(period.fineTo()) - view.xOf(period.fineFrom());
        assertEquals(FocusAxes.FINE_SHARE * (right - left), fine, 1e-6);
        assertTrue(view.getHeight() > wholeHeight, "the overview strip adds a row");
        robot.interact(() -> state.setDayByDayMode(false));
        assertEquals(FocusAxes.of(period).positionOf(period.from()), 0, 1e-9);
        assertTrue(view.shownPeriod().isEmpty());
        assertTrue(view.xOf(period.to()) - view.xOf(period.from()) < right - left, "back to the whole span");
    }

    @Test
    void clickingTheOverviewOutsideThePeriodJumpsThereAndLeavesDayByDayMode(FxRobot robot) {
        robot.interact(() -> state.setDayByDayMode(true));
        LocalDateTime march = LocalDateTime.of(2000, 3, 15, 0, 0);
        Point2D at = view.localToScreen(view.overviewXOf(march), view.overviewY());
        robot.clickOn(at);
        assertEquals(3, state.moment().getMonthValue());
        assertFalse(state.isDayByDayMode());
    }

    @Test
    void theOverviewMarksTheMomentOnTheWholeSpan(FxRobot robot) {
        robot.interact(() -> state.setDayByDayMode(true));
        double x = view.overviewXOf(state.moment());
        TimeAxis whole = new TimeAxis(atlas.info().axis());
        assertEquals(16 + whole.positionOf(state.moment()) * (1280 - 32), x, 1e-6);
    }
}
