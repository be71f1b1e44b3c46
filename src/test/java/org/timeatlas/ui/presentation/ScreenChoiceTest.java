package org.timeatlas.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Which screen the class sees and which the presenter, for one, two and three fake screens. */
class ScreenChoiceTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1920, 0, 1024, 768);
    private static final Rectangle2D MONITOR = new Rectangle2D(-2560, 0, 2560, 1440);

    @Test
    void oneScreenIsSharedAndNothingRememberedChangesThat() {
        ScreenChoice choice = ScreenChoice.choose(List.of(LAPTOP), 0, PROJECTOR);
        assertEquals(0, choice.audience());
        assertFalse(choice.twoScreens());
        assertEquals(OptionalInt.empty(), choice.presenter());
    }

    @Test
    void twoScreensWithNothingRememberedPutTheClassOnTheOneThatIsNotPrimary() {
        assertEquals(new ScreenChoice(1, OptionalInt.of(0)), ScreenChoice.choose(List.of(LAPTOP, PROJECTOR), 0, null));
        assertEquals(new ScreenChoice(0, OptionalInt.of(1)), ScreenChoice.choose(List.of(PROJECTOR, LAPTOP), 1, null),
                "the primary is found by its index, not by its place in the list");
    }

    @Test
    void theRememberedScreenIsFoundByItsBoundsWhereverTheListPutsIt() {
        assertEquals(new ScreenChoice(0, OptionalInt.of(1)), ScreenChoice.choose(List.of(LAPTOP, PROJECTOR), 0, LAPTOP),
                "the class may be remembered on the primary screen; the presenter then gets the other");
        assertEquals(new ScreenChoice(2, OptionalInt.of(0)),
                ScreenChoice.choose(List.of(LAPTOP, MONITOR, PROJECTOR), 0, PROJECTOR));
        assertEquals(new ScreenChoice(0, OptionalInt.of(1)),
                ScreenChoice.choose(List.of(PROJECTOR, LAPTOP, MONITOR), 1, PROJECTOR), "the order changed");
    }

    @Test
    void aRememberedScreenThatIsGoneFallsBackToTheFirstThatIsNotPrimary() {
        assertEquals(new ScreenChoice(1, OptionalInt.of(0)),
                ScreenChoice.choose(List.of(LAPTOP, MONITOR), 0, PROJECTOR), "the projector was unplugged");
        assertEquals(new ScreenChoice(1, OptionalInt.of(0)),
                ScreenChoice.choose(List.of(LAPTOP, new Rectangle2D(1920, 0, 1280, 720)), 0, PROJECTOR),
                "the projector came back at another resolution: the screen that is not the primary is still chosen");
        assertEquals(new ScreenChoice(0, OptionalInt.empty()), ScreenChoice.choose(List.of(LAPTOP), 0, PROJECTOR));
    }

    @Test
    void swappingWalksTheClassThroughTheScreensInOrder() {
        List<Rectangle2D> three = List.of(LAPTOP, MONITOR, PROJECTOR);
        assertEquals(new ScreenChoice(2, OptionalInt.of(0)), ScreenChoice.swapped(three, 0, MONITOR));
        assertEquals(new ScreenChoice(0, OptionalInt.of(1)), ScreenChoice.swapped(three, 0, PROJECTOR),
                "after the last comes the first; the class on the primary leaves the presenter the next one");
        assertEquals(new ScreenChoice(2, OptionalInt.of(0)), ScreenChoice.swapped(List.of(LAPTOP, MONITOR, PROJECTOR),
                0, null), "nothing remembered: from the default (the monitor) to the next");
        assertEquals(new ScreenChoice(0, OptionalInt.empty()), ScreenChoice.swapped(List.of(LAPTOP), 0, null));
    }

    @Test
    void noScreenOrAPrimaryThatIsNotAScreenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScreenChoice.choose(List.of(), 0, null));
        assertThrows(IllegalArgumentException.class, () -> ScreenChoice.choose(List.of(LAPTOP), 1, null));
    }
}
