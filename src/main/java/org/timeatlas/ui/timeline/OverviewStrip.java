package org.timeatlas.ui.timeline;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.time.TimeAxis;

/**
 * The thin strip under the timeline in day-by-day mode: the whole atlas span on its own axis, with the focus
 * period's window highlighted, so the reader sees where the close-up lies. Clicking it picks a moment there.
 */
final class OverviewStrip {

    /** Gap above the strip, below the year labels. */
    static final double GAP = 3;
    static final double HEIGHT = 14;

    private final TimeAxis axis;

    OverviewStrip(TimeAxis axis) {
        this.axis = axis;
    }

    TimeAxis axis() {
        return axis;
    }

    /** Paints the strip with its top at {@code y}, {@code left} … {@code left + width} wide. */
    void paint(GraphicsContext gc, double left, double width, double y, FocusPeriod period) {
        AxisScale scale = new AxisScale(axis, left, width);
        List<LocalDateTime> boundaries = axis.segmentBoundaries();
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            double from = scale.xOf(boundaries.get(i));
            double to = scale.xOf(boundaries.get(i + 1));
            gc.setFill(i % 2 == 0 ? TimelinePalette.TRACK_ALTERNATE : TimelinePalette.TRACK);
            gc.fillRect(from, y, to - from, HEIGHT);
        }
        double windowFrom = scale.xOf(period.from());
        double windowWidth = Math.max(3, scale.xOf(period.to()) - windowFrom);
        gc.setFill(TimelinePalette.SELECTION_HALO);
        gc.fillRect(windowFrom, y, windowWidth, HEIGHT);
        gc.setStroke(TimelinePalette.SELECTION);
        gc.setLineWidth(1.5);
        gc.strokeRect(windowFrom + 0.75, y + 0.75, windowWidth - 1.5, HEIGHT - 1.5);
        gc.setStroke(TimelinePalette.SEGMENT_BOUNDARY);
        gc.setLineWidth(1);
        gc.strokeRect(left + 0.5, y + 0.5, width - 1, HEIGHT - 1);
        DateTimeFormatter year = DateTimeFormatter.ofPattern("yyyy");
        Font font = TimelinePalette.fontFor("0", FontWeight.NORMAL, 10);
        gc.setFont(font);
        gc.setFill(TimelinePalette.LABEL_MINOR);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(year.format(axis.start()), left + 4, y + HEIGHT / 2);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(year.format(axis.end().minusMinutes(1)), left + width - 4, y + HEIGHT / 2);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }
}
