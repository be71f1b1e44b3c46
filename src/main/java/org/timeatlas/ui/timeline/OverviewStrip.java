package org.timeatlas.ui.timeline;

import java.time.LocalDateTime;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.timeline.TimelinePalette.Ink;

/**
 * The thin strip under the timeline in day-by-day mode: the whole atlas span on its own axis, with the focus
 * period's window highlighted, so the reader sees where the close-up lies. Clicking it picks a moment there.
 */
final class OverviewStrip {

    private final TimeAxis axis;

    OverviewStrip(TimeAxis axis) {
        this.axis = axis;
    }

    TimeAxis axis() {
        return axis;
    }

    /**
     * Paints the strip with its top at {@code y}, {@code left} … {@code left + width} wide, as tall as
     * {@code bands} say.
     */
    void paint(GraphicsContext gc, double left, double width, double y, FocusPeriod period, TimelinePalette palette,
               TimelineBands bands) {
        double height = bands.overviewHeight();
        AxisScale scale = new AxisScale(axis, left, width);
        List<LocalDateTime> boundaries = axis.segmentBoundaries();
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            double from = scale.xOf(boundaries.get(i));
            double to = scale.xOf(boundaries.get(i + 1));
            gc.setFill(palette.colour(i % 2 == 0 ? Ink.TRACK_ALTERNATE : Ink.TRACK));
            gc.fillRect(from, y, to - from, height);
        }
        double windowFrom = scale.xOf(period.from());
        double windowWidth = Math.max(bands.px(3), scale.xOf(period.to()) - windowFrom);
        gc.setFill(palette.colour(Ink.SELECTION_HALO));
        gc.fillRect(windowFrom, y, windowWidth, height);
        double edge = bands.px(1.5);
        gc.setStroke(palette.colour(Ink.SELECTION));
        gc.setLineWidth(edge);
        gc.strokeRect(windowFrom + edge / 2, y + edge / 2, windowWidth - edge, height - edge);
        double frame = bands.px(1);
        gc.setStroke(palette.colour(Ink.SEGMENT_BOUNDARY));
        gc.setLineWidth(frame);
        gc.strokeRect(left + frame / 2, y + frame / 2, width - frame, height - frame);
        Font font = palette.fontFor("0", FontWeight.NORMAL, bands.dayFontSize());
        gc.setFont(font);
        gc.setFill(palette.colour(Ink.LABEL_MINOR));
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(Integer.toString(axis.start().getYear()), left + bands.px(4), y + height / 2);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(Integer.toString(axis.end().minusMinutes(1).getYear()), left + width - bands.px(4), y + height / 2);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }
}
