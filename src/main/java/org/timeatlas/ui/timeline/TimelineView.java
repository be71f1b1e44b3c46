package org.timeatlas.ui.timeline;

import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.time.EraLanes;
import org.timeatlas.time.ScrubSnap;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/**
 * The scrubbable timeline: the whole atlas span on a segmented axis with eras above it and a mark for every
 * event, and a playhead at the current moment. The still parts are painted on a canvas only when the size,
 * the language or the selection changes; a change of moment only moves the playhead.
 */
public final class TimelineView extends Region {

    private static final double MARK_TOLERANCE = 5;
    private static final double DEFAULT_SIDE_PADDING = 16;

    private final TimeAxis axis;
    private final ExplorerState state;
    private final Texts texts;
    private final Canvas canvas = new Canvas();
    private final Playhead playhead = new Playhead();
    private final EventMarks marks;
    private final TimelinePainter painter;
    private final ScrubSnap snap;
    private boolean scrubbing;
    private int paintCount;

    public TimelineView(Atlas atlas, TimeAxis axis, ExplorerState state, Texts texts) {
        this.axis = axis;
        this.state = state;
        this.texts = texts;
        this.marks = new EventMarks(atlas.events());
        this.painter = new TimelinePainter(new EraLanes(atlas.eras()), marks);
        this.snap = new ScrubSnap(axis);
        getStyleClass().add("timeline");
        setPadding(new Insets(4, DEFAULT_SIDE_PADDING, 2, DEFAULT_SIDE_PADDING));
        setFocusTraversable(true);
        accessibleTextProperty().bind(texts.text("timeline.accessible"));
        Tooltip.install(playhead.knob(), tooltip());
        canvas.setMouseTransparent(true);
        getChildren().addAll(canvas, playhead);

        state.momentProperty().addListener((obs, old, moment) -> placePlayhead());
        state.languageProperty().addListener((obs, old, language) -> {
            repaint();
            placePlayhead();
        });
        state.selectedEventProperty().addListener((obs, old, id) -> repaint());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> scrubbing = false);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
    }

    /** The x (in this view) where {@code moment} lies. */
    double xOf(LocalDateTime moment) {
        return scale().xOf(moment);
    }

    /** The moment under {@code x} (in this view), to the minute. */
    LocalDateTime momentAtX(double x) {
        return scale().momentAt(x);
    }

    /** The moment a click at {@code x} chooses: snapped to the hour or day by how wide they are there. */
    LocalDateTime scrubMomentAt(double x) {
        AxisScale scale = scale();
        return snap.snap(scale.momentAt(x), scale.width());
    }

    /** The y (in this view) of the axis line. */
    double axisY() {
        return snappedTopInset() + TimelineBands.AXIS_Y;
    }

    /** The y (in this view) half-way up the event marks. */
    double marksY() {
        return snappedTopInset() + TimelineBands.AXIS_Y - TimelineBands.markHeight(1) / 2;
    }

    Playhead playhead() {
        return playhead;
    }

    int paintCount() {
        return paintCount;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + TimelineBands.HEIGHT + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1280;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 320;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            repaint();
        }
        playhead.setLayoutY(snappedTopInset());
        placePlayhead();
    }

    private AxisScale scale() {
        double left = snappedLeftInset();
        double width = Math.max(1, getWidth() - left - snappedRightInset());
        return new AxisScale(axis, left, width);
    }

    private void repaint() {
        if (canvas.getWidth() <= 0) {
            return;
        }
        AxisScale scale = scale();
        marks.place(scale);
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), snappedTopInset(),
                scale, new TickLabels(texts.current()), state.language(), state.selectedEventProperty().get());
        paintCount++;
    }

    private void placePlayhead() {
        LocalDateTime moment = state.moment();
        boolean withTime = !moment.toLocalTime().equals(LocalTime.MIDNIGHT);
        String text = texts.current().moment(moment, withTime);
        playhead.moveTo(xOf(moment), text, snappedLeftInset() / 2, getWidth() - snappedRightInset() / 2);
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        if (!onKnob(event)) {
            Event mark = markAt(event.getX(), event.getY());
            if (mark != null) {
                state.selectEvent(mark.id());
                state.setMoment(mark.start());
                event.consume();
                return;
            }
        }
        scrubbing = true;
        state.setMoment(scrubMomentAt(event.getX()));
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (scrubbing) {
            state.setMoment(scrubMomentAt(event.getX()));
            event.consume();
        }
    }

    private void hovered(MouseEvent event) {
        setCursor(markAt(event.getX(), event.getY()) != null ? Cursor.HAND : Cursor.DEFAULT);
    }

    private boolean onKnob(MouseEvent event) {
        return event.getTarget() instanceof Node target && target == playhead.knob();
    }

    private Event markAt(double x, double y) {
        double top = snappedTopInset();
        boolean inMarksBand = y >= top + TimelineBands.EVENTS_TOP - 6 && y <= top + TimelineBands.AXIS_Y + 4;
        return inMarksBand ? marks.near(x, MARK_TOLERANCE) : null;
    }

    private Tooltip tooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(texts.text("timeline.playhead.hint"));
        return tooltip;
    }
}
