package org.timeatlas.ui.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.DayByDayMode;

/** Playback on the synthetic atlas: through the whole span, or through a focus period and no further. */
@ExtendWith(ApplicationExtension.class)
class PlayerTest {

    private final Atlas atlas = TestAtlases.islands();
    private ExplorerState state;
    private DayByDayMode focus;
    private Player player;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(atlas.info().start(), atlas.info().end(), LocalDateTime.of(2000, 3, 1, 0, 0), "en");
        focus = new DayByDayMode(state, atlas.info().focusPeriods());
        player = new Player(state, new TimeAxis(atlas.info().axis()), focus);
    }

    @Test
    void playingMovesTimeOnAndStopsAtTheEndOfTheSpan(FxRobot robot) {
        robot.interact(() -> {
            state.setPlaying(true);
            player.advance(1);
            assertTrue(state.moment().isAfter(LocalDateTime.of(2000, 3, 1, 0, 0)));
            player.advance(10_000);
        });
        assertEquals(state.last(), state.moment());
        assertFalse(state.playingProperty().get());
    }

    @Test
    void inFocusModePlaybackStopsAtTheEndOfThePeriodAndStaysInDayByDayMode(FxRobot robot) {
        FocusPeriod period = atlas.info().focusPeriods().get(0);
        robot.interact(() -> {
            focus.enter(period);
            state.setPlaying(true);
            player.advance(10_000);
        });
        assertEquals(period.to().minusMinutes(1), state.moment());
        assertTrue(state.isDayByDayMode());
        assertFalse(state.playingProperty().get());
    }
}
