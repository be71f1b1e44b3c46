package org.timeatlas.ui.animation;

import java.time.LocalDate;
import org.timeatlas.output.animation.AnimationFormat;
import org.timeatlas.output.animation.FrameStep;

/**
 * What the animation dialog asks: the span (whole days, the first frame at midnight), the step, the frame size,
 * the frame rate and the format.
 */
record AnimationChoice(LocalDate from, LocalDate to, FrameStep step, int width, int height, int fps,
                       AnimationFormat format) {
}
