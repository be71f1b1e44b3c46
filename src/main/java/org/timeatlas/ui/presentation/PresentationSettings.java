package org.timeatlas.ui.presentation;

import javafx.geometry.Rectangle2D;

/**
 * What presentation mode remembers between sessions: the screen the class saw, by its bounds (screen coordinates,
 * pixels), which find it again however {@code Screen.getScreens()} orders the screens next time.
 *
 * @param audienceX      left edge of the class's screen
 * @param audienceY      top edge
 * @param audienceWidth  its width (0 when nothing is remembered)
 * @param audienceHeight its height
 */
public record PresentationSettings(double audienceX, double audienceY, double audienceWidth, double audienceHeight) {

    static PresentationSettings of(Rectangle2D audience) {
        return new PresentationSettings(audience.getMinX(), audience.getMinY(), audience.getWidth(),
                audience.getHeight());
    }

    /** The remembered screen's bounds, or null when none was remembered (settings of an older version). */
    Rectangle2D audience() {
        return audienceWidth > 0 && audienceHeight > 0
                ? new Rectangle2D(audienceX, audienceY, audienceWidth, audienceHeight) : null;
    }
}
