package org.timeatlas.ui.timeline;

import java.time.LocalDateTime;
import org.timeatlas.time.TimeAxis;

/** The time axis laid out in pixels: it starts at {@code left} and is {@code width} wide. */
record AxisScale(TimeAxis axis, double left, double width) {

    double xOf(LocalDateTime moment) {
        return left + axis.positionOf(moment) * width;
    }

    LocalDateTime momentAt(double x) {
        return axis.momentAt((x - left) / width);
    }

    double right() {
        return left + width;
    }
}
