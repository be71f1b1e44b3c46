package org.timeatlas.ui.timeline;


import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
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
import org.timeatlas.ui.timeline.TimelinePalette.Ink;

/**
 * Draws the still parts of the timeline: segments, eras, ticks and labels, and the event marks, in the palette's
 * colours and at the bands' scale.
 */
final class TimelinePainter {

    private static final double MAX_LANE_HEIGHT = 18;
    private static final double MARK_CAP_RADIUS = 3.5;

    private final EraLanes eraLanes;
    private final EventMarks marks;
    private final TimelinePalette palette;
    private final Supplier<LocalDateTime> horizon;
    private TimelineBands bands = TimelineBands.AT_100;

    /** @param horizon the no-spoiler horizon: eras are drawn only up to it; null from it shows them all */
    TimelinePainter(EraLanes eraLanes, EventMarks marks, TimelinePalette palette, Supplier<LocalDateTime> horizon) {
        this.eraLanes = eraLanes;
        this.horizon = horizon;
        this.marks = marks;
        this.palette = palette;
    }

    /**
     * Paints everything for {@code scale} with the rows of {@code rows}, {@code top} pixels below the canvas top.
     * {@code language} picks the era names; {@code selectedEventId} may be null.
     */
    void paint(GraphicsContext gc, double canvasWidth, double canvasHeight, double top, AxisScale scale,
               TimelineBands rows, TickLabels labels, String language, String selectedEventId) {
        this.bands = rows;
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
            gc.setFill(palette.colour(i % 2 == 0 ? Ink.TRACK : Ink.TRACK_ALTERNATE));
            gc.fillRect(from, bands.eventsTop() - px(4), to - from, bands.axisY() - bands.eventsTop() + px(4));
        }
        gc.setStroke(palette.colour(Ink.SEGMENT_BOUNDARY));
        gc.setLineWidth(px(1));
        gc.setLineDashes(px(3), px(3));
        for (int i = 1; i + 1 < boundaries.size(); i++) {
            double x = crisp(scale.xOf(boundaries.get(i)));
            gc.strokeLine(x, bands.erasTop(), x, bands.axisY() + bands.yearTick());
        }
        gc.setLineDashes();
    }

    private void paintEras(GraphicsContext gc, AxisScale scale, TickLabels labels, String language) {
        if (eraLanes.eras().isEmpty()) {
            return;
        }
        double laneHeight = Math.min(px(MAX_LANE_HEIGHT), bands.eraLaneHeight());
        double fontSize = bands.eraFontSize();
        for (EraLanes.ShownEra shownEra : eraLanes.shownUntil(horizon.get())) {
            Era era = shownEra.era();
            int i = shownEra.index();
            double x = scale.xOf(era.from());
            double width = scale.xOf(shownEra.to()) - x;
            double y = bands.erasTop() + eraLanes.laneOf(i) * laneHeight;
            double height = laneHeight - px(2);
            gc.setFill(palette.eraFill(i));
            gc.fillRoundRect(x, y, width, height, px(5), px(5));
            gc.setStroke(palette.colour(Ink.ERA_BORDER));
            double border = px(0.8);
            gc.setLineWidth(border);
            gc.strokeRoundRect(x + border / 2, y + border / 2, width - border, height - border, px(5), px(5));
            String name = era.name().get(language);
            Font font = palette.fontFor(name, FontWeight.NORMAL, fontSize);
            String shown = labels.fit(name, font, width - px(8));
            if (!shown.isEmpty()) {
                gc.save();
                gc.beginPath();
                gc.rect(x, y, width, height);
                gc.clip();
                gc.setFont(font);
                gc.setFill(palette.colour(Ink.ERA_TEXT));
                gc.setTextBaseline(VPos.CENTER);
                gc.fillText(shown, x + px(4), y + height / 2);
                gc.restore();
            }
        }
    }

    private void paintTicks(GraphicsContext gc, AxisScale scale, TickPlanner.Plan plan) {
        gc.setStroke(palette.colour(Ink.AXIS_LINE));
        gc.setLineWidth(px(1.5));
        gc.strokeLine(scale.left(), bands.axisY(), scale.right(), bands.axisY());
        gc.setStroke(palette.colour(Ink.YEAR_GUIDE));
        gc.setLineWidth(px(1));
        for (TickPlanner.Tick tick : plan.ticks(Level.YEAR)) {
            double x = crisp(tick.x());
            gc.strokeLine(x, bands.axisY() + bands.yearTick(), x, bands.yearLabelsBaseline());
        }
        gc.setStroke(palette.colour(Ink.TICK));
        for (TickPlanner.Tick tick : plan.ticks()) {
            double length = switch (tick.level()) {
                case YEAR -> bands.yearTick();
                case MONTH -> bands.monthTick();
                case DAY -> bands.dayTick();
            };
            double x = crisp(tick.x());
            gc.strokeLine(x, bands.axisY(), x, bands.axisY() + length);
        }
    }

    private void paintLabels(GraphicsContext gc, TickPlanner.Plan plan, TickLabels labels) {
        for (TickPlanner.Label label : plan.labels()) {
            String text = labels.text(label.level(), label.moment());
            gc.setFont(labels.font(label.level(), text));
            gc.setFill(palette.colour(label.level() == Level.YEAR ? Ink.LABEL : Ink.LABEL_MINOR));
            double baseline = switch (label.level()) {
                case YEAR -> bands.yearLabelsBaseline();
                case MONTH -> bands.monthLabelsBaseline();
                case DAY -> bands.dayLabelsBaseline();
            };
            gc.fillText(text, label.left(), baseline);
        }
    }

    private void paintEvents(GraphicsContext gc, AxisScale scale, String selectedEventId) {
        List<Event> events = marks.events();
        LocalDateTime until = horizon.get();
        for (Event event : events) {
            if (event.end() != null && event.end().isAfter(event.start())) {
                // no spoilers: a span still going on at the horizon is drawn up to it, not to its end
                LocalDateTime end = until != null && event.end().isAfter(until) ? until : event.end();
                double from = scale.xOf(event.start());
                gc.setFill(withAlpha(palette.eventColour(event.type()), 0.45));
                gc.fillRect(from, bands.axisY() - px(4), Math.max(1, scale.xOf(end) - from), px(3));
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

    private void paintMark(GraphicsContext gc, Event event, double x) {
        Color colour = palette.eventColour(event.type());
        double height = bands.markHeight(event.importance());
        double capY = bands.axisY() - height;
        double cap = px(MARK_CAP_RADIUS);
        gc.setStroke(colour);
        gc.setLineCap(StrokeLineCap.BUTT);
        if (event.claim()) {
            gc.setLineWidth(px(1.5));
            gc.setLineDashes(px(3), px(2));
            gc.strokeLine(x, bands.axisY(), x, capY + cap);
            gc.setLineDashes();
            gc.setFill(palette.colour(Ink.CLAIM_FILL));
            gc.fillOval(x - cap, capY - cap, 2 * cap, 2 * cap);
            gc.strokeOval(x - cap, capY - cap, 2 * cap, 2 * cap);
        } else {
            gc.setLineWidth(px(event.importance() >= 3 ? 2.5 : 2));
            gc.strokeLine(x, bands.axisY(), x, capY);
            gc.setFill(colour);
            gc.fillOval(x - cap, capY - cap, 2 * cap, 2 * cap);
        }
    }

    private void paintSelectedMark(GraphicsContext gc, Event event, double x) {
        double height = bands.markHeight(event.importance());
        double capY = bands.axisY() - height;
        gc.setFill(palette.colour(Ink.SELECTION_HALO));
        gc.fillRoundRect(x - px(6), capY - px(8), px(12), height + px(8), px(6), px(6));
        paintMark(gc, event, x);
        gc.setStroke(palette.colour(Ink.SELECTION));
        gc.setLineWidth(px(1.5));
        gc.strokeOval(x - px(6), capY - px(6), px(12), px(12));
    }

    private double px(double pixels) {
        return bands.px(pixels);
    }

    private static Color withAlpha(Color colour, double alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /** The centre of the pixel column, so one-pixel lines stay sharp. */
    private static double crisp(double x) {
        return Math.floor(x) + 0.5;
    }
}
