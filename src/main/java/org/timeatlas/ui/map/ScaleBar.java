package org.timeatlas.ui.map;

import java.text.NumberFormat;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.timeatlas.geo.ScaleBarMeasure;
import org.timeatlas.ui.Texts;

/** A bar of a round number of kilometres ("50 km") for the current scale. */
final class ScaleBar extends Region {

    static final double MAX_PIXELS = 150;
    private static final double TICK = 6;

    private final Texts texts;
    private final Path bar = new Path();
    private final Path barHalo = new Path();
    private final Text label = new Text();
    private ScaleBarMeasure measure = new ScaleBarMeasure(0, 0);

    ScaleBar(Texts texts) {
        this.texts = texts;
        getStyleClass().add("map-scale-bar");
        bar.getStyleClass().add("map-scale-bar-line");
        barHalo.getStyleClass().add("map-scale-bar-halo");
        label.getStyleClass().add("map-scale-bar-text");
        label.setTextOrigin(VPos.BOTTOM);
        getChildren().addAll(barHalo, bar, label);
        setMouseTransparent(true);
    }

    ScaleBarMeasure measure() {
        return measure;
    }

    String shownText() {
        return label.getText();
    }

    void show(double metresPerPixel) {
        measure = ScaleBarMeasure.fitting(metresPerPixel, MAX_PIXELS);
        NumberFormat number = NumberFormat.getNumberInstance(texts.current().locale());
        label.setText(texts.get("map.scale.km", number.format(measure.kilometres())));
        for (Path path : new Path[] {bar, barHalo}) {
            path.getElements().setAll(new MoveTo(0, -TICK), new LineTo(0, 0), new LineTo(measure.pixels(), 0),
                    new LineTo(measure.pixels(), -TICK));
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double bottom = getHeight() - 4;
        bar.setLayoutX(2);
        bar.setLayoutY(bottom);
        barHalo.setLayoutX(2);
        barHalo.setLayoutY(bottom);
        label.setLayoutX(2 + measure.pixels() / 2 - label.getLayoutBounds().getWidth() / 2);
        label.setLayoutY(bottom - 3);
    }

    @Override
    protected double computePrefWidth(double height) {
        return MAX_PIXELS + 4;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 30;
    }
}
