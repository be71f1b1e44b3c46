package org.timeatlas.ui.presentation;

import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.Rectangle2D;

/**
 * Which screen the class sees and which the presenter, from the screens there are now
 * ({@code Screen.getScreens()}'s bounds, in that order) and the choice remembered from an earlier presentation.
 * A pure function, apart from any window: the feature asks it on every F5, so a projector plugged in or taken away
 * between two presentations is followed.
 *
 * <p>The rules: with one screen, the class and the presenter share it (the presenter view, if wanted, is a window
 * beside the presentation). With two or more, the class sees the remembered screen when it is still there — found
 * by its bounds, since the order of {@code Screen.getScreens()} may change when screens come and go — else the
 * first screen that is not the primary one (a projector or second monitor rather than the laptop's own); the
 * presenter gets the primary screen, or, when the class sees the primary, the first other one.</p>
 *
 * @param audience  index of the screen the presentation fills
 * @param presenter index of the screen the presenter view goes to; empty with one screen
 */
record ScreenChoice(int audience, OptionalInt presenter) {

    /**
     * Chooses the screens.
     *
     * @param screens    the screens' bounds in screen coordinates, in the order of {@code Screen.getScreens()}
     * @param primary    the index of the primary screen among them
     * @param remembered the bounds of the screen the class saw last time, or null when nothing is remembered
     * @throws IllegalArgumentException when there is no screen or {@code primary} is not one of them
     */
    static ScreenChoice choose(List<Rectangle2D> screens, int primary, Rectangle2D remembered) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen to present on");
        }
        if (primary < 0 || primary >= screens.size()) {
            throw new IllegalArgumentException("the primary screen " + primary + " is not one of the "
                    + screens.size() + " screens");
        }
        if (screens.size() == 1) {
            return new ScreenChoice(0, OptionalInt.empty());
        }
        int audience = remembered == null ? -1 : screens.indexOf(remembered);
        if (audience < 0) {
            audience = primary == 0 ? 1 : 0;
        }
        int presenter = audience != primary ? primary : (audience == 0 ? 1 : 0);
        return new ScreenChoice(audience, OptionalInt.of(presenter));
    }

    /** The choice after "show the presentation on the other screen": the class sees the next screen in order. */
    static ScreenChoice swapped(List<Rectangle2D> screens, int primary, Rectangle2D remembered) {
        ScreenChoice now = choose(screens, primary, remembered);
        if (screens.size() < 2) {
            return now;
        }
        return choose(screens, primary, screens.get((now.audience() + 1) % screens.size()));
    }

    /** True when the class and the presenter have screens of their own. */
    boolean twoScreens() {
        return presenter.isPresent();
    }
}
