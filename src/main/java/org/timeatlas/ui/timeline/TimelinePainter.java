package org.timeatlas.ui.timeline;

import static org.timeatlas.ui.timeline.TimelineBands.AXIS_Y;
import static org.timeatlas.ui.timeline.TimelineBands.DAY_LABELS_BASELINE;
import static org.timeatlas.ui.timeline.TimelineBands.DAY_TICK;
import static org.timeatlas.ui.timeline.TimelineBands.ERAS_HEIGHT;
import static org.timeatlas.ui.timeline.TimelineBands.ERAS_TOP;
import static org.timeatlas.ui.timeline.TimelineBands.EVENTS_TOP;
import static org.timeatlas.ui.timeline.TimelineBands.MONTH_LABELS_BASELINE;
import static org.timeatlas.ui.timeline.TimelineBands.MONTH_TICK;
import static org.timeatlas.ui.timeline.TimelineBands.YEAR_LABELS_BASELINE;
import static org.timeatlas.ui.timeline.TimelineBands.YEAR_TICK;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.time.EraLanes;
import org.timeatlas.time.TickPlanner;
import org.timeatlas.time.TickPlanner.Level;

/** Draws the still parts of the timeline: segments, eras, ticks and labels, and the event marks. */
final class TimelinePainter {

    private static final double MAX_LANE_HEIGHT = 18;
    private static final double MARK_CAP_RADIUS = 3.5;

    private final EraLanes eraLanes;
    private final EventMarks marks;

    TimelinePainter(EraLanes eraLanes, EventMarks marks) {
        this.eraLanes = eraLanes;
        this.marks = marks;
    }

    /**
     * Paints everything for {@code scale}, {@code top} pixels below the canvas top.
     * {@code language} picks the era names; {@code selectedEventId} may be null.
     */
    void paint(GraphicsContext gc, double canvasWidth, double canvasHeight, double top, AxisScale scale,
               TickLabels labels, String language, String selectedEventId) {
        gc.clearRect(0, 0, canvasWidth, canvasHeight);
        gc.save();
        gc.translate(0, top);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        paintSegments(gc, scale);
        paintEras(gc, scale, labels, language);
        TickPlanner.Plan plan = new TickPlanner(scale.axis()).plan(scale.left(), scale.width(), labels::width);
        paintTicks(gc, scale, plan);
        paintLabels(gc, plan, labels);
        paintEvents(gc, scale, selectedEventId);
        gc.restore();
    }

    private void paintSegments(GraphicsContext gc, AxisScale scale) {
        List<LocalDateTime> boundaries = scale.axis().segmentBoundaries();
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            double from = scale.xOf(boundaries.get(i));
            double to = scale.xOf(boundaries.get(i + 1));
            gc.setFill(i % 2 == 0 ? TimelinePalette.TRACK : TimelinePalette.TRACK_ALTERNATE);
            gc.fillRect(from, EVENTS_TOP - 4, to - from, AXIS_Y - EVENTS_TOP + 4);
        }
        gc.setStroke(TimelinePalette.SEGMENT_BOUNDARY);
        gc.setLineWidth(1);
        gc.setLineDashes(3, 3);
        for (int i = 1; i + 1 < boundaries.size(); i++) {
            double x = crisp(scale.xOf(boundaries.get(i)));
            gc.strokeLine(x, ERAS_TOP, x, AXIS_Y + YEAR_TICK);
        }
        gc.setLineDashes();
    }

    private void paintEras(GraphicsContext gc, AxisScale scale, TickLabels labels, String language) {
        List<Era> eras = eraLanes.eras();
        if (eras.isEmpty()) {
            return;
        }
        double laneHeight = Math.min(MAX_LANE_HEIGHT, ERAS_HEIGHT / eraLanes.laneCount());
        double fontSize = Math.max(8, Math.min(11.5, laneHeight - 6));
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            double x = scale.xOf(era.from());
            double width = scale.xOf(era.to()) - x;
            double y = ERAS_TOP + eraLanes.laneOf(i) * laneHeight;
            double height = laneHeight - 2;
            gc.setFill(TimelinePalette.eraFill(i));
            gc.fillRoundRect(x, y, width, height, 5, 5);
            gc.setStroke(TimelinePalette.ERA_BORDER);
            gc.setLineWidth(0.8);
            gc.strokeRoundRect(x + 0.4, y + 0.4, width - 0.8, height - 0.8, 5, 5);
            String name = era.name().get(language);
            Font font = TimelinePalette.fontFor(name, FontWeight.NORMAL, fontSize);
            String shown = labels.fit(name, font, width - 8);
            if (!shown.isEmpty()) {
                gc.save();
                gc.beginPath();
                gc.rect(x, y, width, height);
                gc.clip();
                gc.setFont(font);
                gc.setFill(TimelinePalette.ERA_TEXT);
                gc.setTextBaseline(VPos.CENTER);
                gc.fillText(shown, x + 4, y + height / 2);
                gc.restore();
            }
        }
    }

    private static void paintTicks(GraphicsContext gc, AxisScale scale, TickPlanner.Plan plan) {
        gc.setStroke(TimelinePalette.AXIS_LINE);
        gc.setLineWidth(1.5);
        gc.strokeLine(scale.left(), AXIS_Y, scale.right(), AXIS_Y);
        gc.setStroke(TimelinePalette.YEAR_GUIDE);
        gc.setLineWidth(1);
        for (TickPlanner.Tick tick : plan.ticks(Level.YEAR)) {
            double x = crisp(tick.x());
            gc.strokeLine(x, AXIS_Y + YEAR_TICK, x, YEAR_LABELS_BASELINE);
        }
        gc.setStroke(TimelinePalette.TICK);
        for (TickPlanner.Tick tick : plan.ticks()) {
            double length = switch (tick.level()) {
                case YEAR -> YEAR_TICK;
                case MONTH -> MONTH_TICK;
                case DAY -> DAY_TICK;
            };
            double x = crisp(tick.x());
            gc.strokeLine(x, AXIS_Y, x, AXIS_Y + length);
        }
    }

    private static void paintLabels(GraphicsContext gc, TickPlanner.Plan plan, TickLabels labels) {
        for (TickPlanner.Label label : plan.labels()) {
            String text = labels.text(label.level(), label.moment());
            gc.setFont(labels.font(label.level(), text));
            gc.setFill(label.level() == Level.YEAR ? TimelinePalette.LABEL : TimelinePalette.LABEL_MINOR);
            double baseline = switch (label.level()) {
                case YEAR -> YEAR_LABELS_BASELINE;
                case MONTH -> MONTH_LABELS_BASELINE;
                case DAY -> DAY_LABELS_BASELINE;
            };
            gc.fillText(text, label.left(), baseline);
        }
    }

    private void paintEvents(GraphicsContext gc, AxisScale scale, String selectedEventId) {
        List<Event> events = marks.events();
        for (Event event : events) {
            if (event.end() != null && event.end().isAfter(event.start())) {
                double from = scale.xOf(event.start());
                gc.setFill(withAlpha(TimelinePalette.eventColour(event.type()), 0.45));
                gc.fillRect(from, AXIS_Y - 4, Math.max(1, scale.xOf(event.end()) - from), 3);
            }
        }
        int selected = -1;
        List<Integer> order = IntStream.range(0, events.size()).boxed()
                .sorted(Comparator.comparingInt(i -> events.get(i).importance())).toList();
        for (int i : order) {
            if (events.get(i).id().equals(selectedEventId)) {
                selected = i;
            } else {
                paintMark(gc, events.get(i), marks.xOf(i));
            }
        }
        if (selected >= 0) {
            paintSelectedMark(gc, events.get(selected), marks.xOf(selected));
        }
    }

    private static void paintMark(GraphicsContext gc, Event event, double x) {
        Color colour = TimelinePalette.eventColour(event.type());
        double height = TimelineBands.markHeight(event.importance());
        double capY = AXIS_Y - height;
        gc.setStroke(colour);
        gc.setLineCap(StrokeLineCap.BUTT);
        if (event.claim()) {
            gc.setLineWidth(1.5);
            gc.setLineDashes(3, 2);
            gc.strokeLine(x, AXIS_Y, x, capY + MARK_CAP_RADIUS);
            gc.setLineDashes();
            gc.setFill(Color.WHITE);
            gc.fillOval(x - MARK_CAP_RADIUS, capY - MARK_CAP_RADIUS, 2 * MARK_CAP_RADIUS, 2 * MARK_CAP_RADIUS);
            gc.strokeOval(x - MARK_CAP_RADIUS, capY - MARK_CAP_RADIUS, 2 * MARK_CAP_RADIUS, 2 * MARK_CAP_RADIUS);
        } else {
            gc.setLineWidth(event.importance() >= 3 ? 2.5 : 2);
            gc.strokeLine(x, AXIS_Y, x, capY);
            gc.setFill(colour);
            gc.fillOval(x - MARK_CAP_RADIUS, capY - MARK_CAP_RADIUS, 2 * MARK_CAP_RADIUS, 2 * MARK_CAP_RADIUS);
        }
    }

    private static void paintSelectedMark(GraphicsContext gc, Event event, double x) {
        double height = TimelineBands.markHeight(event.importance());
        double capY = AXIS_Y - height;
        gc.setFill(TimelinePalette.SELECTION_HALO);
        gc.fillRoundRect(x - 6, capY - 8, 12, height + 8, 6, 6);
        paintMark(gc, event, x);
        gc.setStroke(TimelinePalette.SELECTION);
        gc.setLineWidth(1.5);
        gc.strokeOval(x - 6, capY - 6, 12, 12);
    }

    private static Color withAlpha(Color colour, double alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /** The centre of the pixel column, so one-pixel lines stay sharp. */
    private static double crisp(double x) {
        return Math.floor(x) + 0.5;
    }
}
