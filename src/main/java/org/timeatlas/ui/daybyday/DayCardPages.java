package org.timeatlas.ui.daybyday;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The day card's two pages, one shown and one kept ready, both laid out at the card's width: the shown page is
 * first among the children (so that a look-up by id finds it) and alone gives the card its height, and the hidden
 * one is styled and has its lines wrapped while the card waits, so that turning to it costs a frame no more than a
 * change of visibility.
 */
final class DayCardPages extends Pane {

    private final DayCardPage first;
    private final DayCardPage second;
    private DayCardPage shown;

    DayCardPages(DayCardPage first, DayCardPage second) {
        this.first = first;
        this.second = second;
        this.shown = first;
        second.setVisible(false);
        getChildren().setAll(first, second);
    }

    DayCardPage shown() {
        return shown;
    }

    DayCardPage spare() {
        return shown == first ? second : first;
    }

    /** Shows the spare page instead of the shown one. */
    void turn() {
        DayCardPage next = spare();
        shown.setVisible(false);
        next.setVisible(true);
        next.toBack();
        shown = next;
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + shown.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + shown.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + shown.minHeight(inner(width)) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + shown.prefHeight(inner(width)) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double width = inner(getWidth());
        for (Node page : getChildren()) {
            page.resizeRelocate(snappedLeftInset(), snappedTopInset(), width, page.prefHeight(width));
        }
    }

    private double inner(double width) {
        return width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
    }
}
