package org.timeatlas.ui.timeline;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The current moment on the timeline: a line through eras and events, a knob on the axis line to drag, and the
 * moment written above. Built once; a change of moment only moves it and changes the label's text.
 */
final class Playhead extends Group {

    private static final double LABEL_GAP = 2;
    private static final double KNOB_RADIUS = 7;

    private final Line line = new Line();
    private final Circle knob = new Circle(KNOB_RADIUS);
    private final Label label = new Label();

    Playhead() {
        getStyleClass().add("timeline-playhead");
        line.getStyleClass().add("timeline-playhead-line");
        knob.getStyleClass().add("timeline-playhead-knob");
        label.getStyleClass().add("timeline-playhead-label");
        label.setLayoutY(0);
        fit(TimelineBands.AT_100);
        line.setMouseTransparent(true);
        label.setMouseTransparent(true);
        setManaged(false);
        getChildren().addAll(line, label, knob);
    }

    /** Sizes its line, knob and label for the rows of {@code bands}, at their scale. */
    void fit(TimelineBands bands) {
        line.setStartY(bands.erasTop() - bands.px(LABEL_GAP));
        line.setEndY(bands.axisY() + bands.yearTick() + bands.px(2));
        knob.setCenterY(bands.axisY());
        knob.setRadius(bands.px(KNOB_RADIUS));
        label.setMinHeight(bands.labelHeight());
        label.setMaxHeight(bands.labelHeight());
    }

    Label label() {
        return label;
    }

    Circle knob() {
        return knob;
    }

    /** Moves the playhead to {@code x}, keeping its label inside [{@code minX}, {@code maxX}]. */
    void moveTo(double x, String text, double minX, double maxX) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
        setTranslateX(x);
        double width = label.prefWidth(-1);
        double left = Math.max(minX, Math.min(x - width / 2, maxX - width));
        label.setTranslateX(left - x);
    }
}
