package org.timeatlas.ui.timeline;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.time.EraLanes;
import org.timeatlas.time.FocusAxes;
import org.timeatlas.time.ScrubSnap;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.RootFont;
import org.timeatlas.ui.Texts;

/**
 * The scrubbable timeline: the whole atlas span on a segmented axis with eras above it and a mark for every
 * event, and a playhead at the current moment. The still parts are painted on a canvas only when the size,
 * the language or the selection changes; a change of moment only moves the playhead. In day-by-day mode the axis
 * shows just the focus period (its fine range widest, with hour ticks) and a thin overview of the whole span
 * below it.
 *
 * <p>Its colours and font families are CSS properties (see {@link TimelinePalette}, set in timeline.css), and it
 * inherits the root font like a Label: every size it draws grows with the interface scale.</p>
 */
public final class TimelineView extends Region {

    private static final double MARK_TOLERANCE = 5;
    private static final double DEFAULT_SIDE_PADDING = 16;
    private static final CssMetaData<TimelineView, Font> FONT_CSS = RootFont.cssMetaData(view -> view.font);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA = TimelinePalette.cssMetaData(
            java.util.stream.Stream.concat(Region.getClassCssMetaData().stream(), java.util.stream.Stream.of(FONT_CSS))
                    .toList());

    private final Atlas atlas;
    private final TimeAxis wholeAxis;
    private final OverviewStrip overview;
    private final Line overviewMark = new Line();
    private TimeAxis axis;
    private FocusPeriod shownPeriod;
    private final ExplorerState state;
    private final Texts texts;
    private final Canvas canvas = new Canvas();
    private final Playhead playhead = new Playhead();
    private final EventMarks marks;
    private final TimelinePalette palette = new TimelinePalette(this, this::paintLater);
    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT_CSS, this, "font",
            Font.getDefault());
    private TimelineBands bands = TimelineBands.AT_100;
    private final int eraLaneCount;
    private boolean paintPending;
    private final TimelinePainter painter;
    private ScrubSnap snap;
    private boolean scrubbing;
    private int paintCount;
    private final Tooltip pointed = new Tooltip();
    private boolean pointedInstalled = true;

    private final javafx.util.Subscription subscriptions;

    public TimelineView(Atlas atlas, TimeAxis axis, ExplorerState state, Texts texts) {
        this.atlas = atlas;
        this.wholeAxis = axis;
        this.axis = axis;
        this.overview = new OverviewStrip(axis);
        this.state = state;
        this.texts = texts;
        this.marks = new EventMarks(atlas.events());
        EraLanes lanes = new EraLanes(atlas.eras());
        eraLaneCount = lanes.laneCount();
        bands = new TimelineBands(1, eraLaneCount);
        this.painter = new TimelinePainter(lanes, marks, palette, state::revealUntil);
        this.snap = new ScrubSnap(axis);
        getStyleClass().add("timeline");
        setPadding(new Insets(4, DEFAULT_SIDE_PADDING, 2, DEFAULT_SIDE_PADDING));
        setFocusTraversable(true);
        accessibleTextProperty().bind(texts.text("timeline.accessible"));
        Tooltip.install(playhead.knob(), tooltip());
        pointed.setShowDelay(javafx.util.Duration.millis(250));
        Tooltip.install(this, pointed);
        canvas.setMouseTransparent(true);
        overviewMark.getStyleClass().add("timeline-overview-mark");
        overviewMark.setManaged(false);
        overviewMark.setMouseTransparent(true);
        overviewMark.setVisible(false);
        getChildren().addAll(canvas, playhead, overviewMark);
        // Nothing may stick out of the timeline: the overview mark reaches past the strip's bottom, and a window
        // root whose bounds change by a pixel is repainted whole, which on the software renderer cost a full
        // repaint (about 30 ms) after every step of the moment.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        rescale(font.get());
        font.addListener((obs, old, now) -> rescale(now)); // its own property: goes with it

        subscriptions = state.momentProperty().subscribe((old, moment) -> {
            followFocus();
            placePlayhead();
        }).and(state.dayByDayProperty().subscribe((was, on) -> followFocus()))
                .and(state.languageProperty().subscribe((old, language) -> {
                    repaint();
                    placePlayhead();
                }))
                .and(state.selectedEventProperty().subscribe((old, id) -> repaint()))
                .and(state.shownEventsProperty().subscribe(shown -> {
                    marks.show(shown);
                    repaint();
                }));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> scrubbing = false);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        followFocus();
    }

    /** Ends its listeners on the explorer state. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    /** The CSS properties of the view: a Region's, its inherited font, and its palette's colours and fonts. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }

    /** The size of the year labels' font now, in pixels: 12 at 100 %, more as the interface is scaled up. */
    public double yearLabelFontSize() {
        return bands.yearFontSize();
    }

    TimelinePalette palette() {
        return palette;
    }

    TimelineBands bands() {
        return bands;
    }

    /** The focus period the axis shows now, if any. */
    public Optional<FocusPeriod> shownPeriod() {
        return Optional.ofNullable(shownPeriod);
    }

    /** The x (in this view) where the overview strip shows {@code moment}; NaN outside day-by-day mode. */
    double overviewXOf(LocalDateTime moment) {
        return shownPeriod == null ? Double.NaN : overviewScale().xOf(moment);
    }

    /** The y (in this view) of the middle of the overview strip. */
    double overviewY() {
        return overviewTop() + bands.overviewHeight() / 2;
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
        return snappedTopInset() + bands.axisY();
    }

    /** The y (in this view) half-way up the event marks. */
    double marksY() {
        return snappedTopInset() + bands.axisY() - bands.markHeight(1) / 2;
    }

    Playhead playhead() {
        return playhead;
    }

    int paintCount() {
        return paintCount;
    }

    @Override
    protected double computePrefHeight(double width) {
        double overviewHeight = shownPeriod == null ? 0 : bands.overviewGap() + bands.overviewHeight();
        return snappedTopInset() + bands.height() + overviewHeight + snappedBottomInset();
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
            paintPending = true;
        }
        if (paintPending) {
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

    private AxisScale overviewScale() {
        AxisScale scale = scale();
        return new AxisScale(wholeAxis, scale.left(), scale.width());
    }

    private double overviewTop() {
        return snappedTopInset() + bands.height() + bands.overviewGap();
    }

    /** Swaps the axis when day-by-day mode starts, ends, or moves to another period. */
    private void followFocus() {
        FocusPeriod period = state.isDayByDayMode() ? atlas.info().focusAt(state.moment()).orElse(null) : null;
        if (period == shownPeriod) {
            return;
        }
        shownPeriod = period;
        axis = period == null ? wholeAxis : FocusAxes.of(period);
        snap = new ScrubSnap(axis);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("focus-mode"), period != null);
        overviewMark.setVisible(period != null);
        requestLayout();
        repaint();
        placePlayhead();
    }

    /** Follows the interface scale: the root font's size, inherited. */
    private void rescale(Font inherited) {
        bands = new TimelineBands(RootFont.scaleOf(inherited), eraLaneCount);
        playhead.fit(bands);
        requestLayout();
        paintLater();
    }

    /** Paints in the next layout pass, once: a style sheet sets many colours at once. */
    private void paintLater() {
        paintPending = true;
        requestLayout();
    }

    private void repaint() {
        paintPending = false;
        if (canvas.getWidth() <= 0) {
            return;
        }
        AxisScale scale = scale();
        marks.place(scale);
        TickLabels labels = new TickLabels(texts.current(), palette, bands);
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), snappedTopInset(),
                scale, bands, labels, state.language(), state.selectedEventProperty().get());
        if (shownPeriod != null) {
            FocusTicks.paint(canvas.getGraphicsContext2D(), scale, shownPeriod, labels, snappedTopInset(), palette,
                    bands);
            overview.paint(canvas.getGraphicsContext2D(), scale.left(), scale.width(), overviewTop(), shownPeriod,
                    palette, bands);
        }
        paintCount++;
    }

    private void placePlayhead() {
        LocalDateTime moment = state.moment();
        boolean withTime = !moment.toLocalTime().equals(LocalTime.MIDNIGHT);
        String text = texts.current().moment(moment, withTime);
        playhead.moveTo(xOf(moment), text, snappedLeftInset() / 2, getWidth() - snappedRightInset() / 2);
        if (shownPeriod != null) {
            double x = Math.floor(overviewXOf(moment)) + 0.5;
            overviewMark.setStartX(x);
            overviewMark.setEndX(x);
            overviewMark.setStartY(overviewTop() - bands.px(2));
            overviewMark.setEndY(overviewTop() + bands.overviewHeight() + bands.px(2));
        }
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        if (onOverview(event.getY())) {
            AxisScale whole = overviewScale();
            state.setMoment(whole.momentAt(event.getX()).truncatedTo(ChronoUnit.DAYS));
            event.consume();
            return;
        }
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
        Event mark = markAt(event.getX(), event.getY());
        setCursor(mark != null ? Cursor.HAND : Cursor.DEFAULT);
        String text = pointedText(mark, event.getX(), event.getY());
        if (text == null && pointedInstalled) {
            Tooltip.uninstall(this, pointed);
            pointedInstalled = false;
        } else if (text != null) {
            pointed.setText(text);
            if (!pointedInstalled) {
                Tooltip.install(this, pointed);
                pointedInstalled = true;
            }
        }
    }

    /**
     * What lies under the pointer, in full: an event's date and title over its mark, else the eras and the
     * date at that place (era names are often cut short in their narrow bands).
     */
    private String pointedText(Event mark, double x, double y) {
        String language = state.language();
        if (mark != null) {
            return texts.current().moment(mark.start(), mark.startHasTime()) + "\n" + mark.title().get(language);
        }
        if (x < snappedLeftInset() || x > getWidth() - snappedRightInset() || y > overviewTopOrBottom()) {
            return null;
        }
        LocalDateTime moment = momentAtX(x);
        StringBuilder text = new StringBuilder(texts.current().date(moment.toLocalDate()));
        for (Era era : atlas.eras()) {
            if (!moment.isBefore(era.from()) && moment.isBefore(era.to()) && state.isRevealed(era.from())) {
                text.append("\n").append(era.name().get(language));
            }
        }
        return text.toString();
    }

    /** The text the pointer's tooltip shows now, for tests. */
    String pointerText() {
        return pointedInstalled ? pointed.getText() : null;
    }

    private double overviewTopOrBottom() {
        return shownPeriod != null ? overviewTop() - bands.px(2) : getHeight();
    }

    private boolean onOverview(double y) {
        return shownPeriod != null && y >= overviewTop() - bands.px(2)
                && y <= overviewTop() + bands.overviewHeight() + bands.px(2);
    }

    private boolean onKnob(MouseEvent event) {
        return event.getTarget() instanceof Node target && target == playhead.knob();
    }

    private Event markAt(double x, double y) {
        double top = snappedTopInset();
        boolean inMarksBand = y >= top + bands.eventsTop() - bands.px(6) && y <= top + bands.axisY() + bands.px(4);
        return inMarksBand ? marks.near(x, bands.px(MARK_TOLERANCE)) : null;
    }

    private Tooltip tooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(texts.text("timeline.playhead.hint"));
        return tooltip;
    }
}
