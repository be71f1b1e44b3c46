package org.timeatlas.ui.map;

import java.text.NumberFormat;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.timeatlas.geo.ScaleBarMeasure;
import org.timeatlas.ui.Texts;

/**
 * A bar of a round number of kilometres ("50 km") for the current scale. Its text is in em (map.css); its length
 * and ticks follow the interface scale.
 */
final class ScaleBar extends Region {

    /** The longest bar at 100 %, in pixels. */
    static final double MAX_PIXELS = 150;
    private static final double TICK = 6;

    private final Texts texts;
    private final Path bar = new Path();
    private final Path barHalo = new Path();
    private final Text label = new Text();
    private final ObservableDoubleValue scale;
    private ScaleBarMeasure measure = new ScaleBarMeasure(0, 0);
    private double metresPerPixel = Double.NaN;

    /** @param scale the interface scale, 1 at 100 % */
    ScaleBar(Texts texts, ObservableDoubleValue scale) {
        this.texts = texts;
        this.scale = scale;
        getStyleClass().add("map-scale-bar");
        bar.getStyleClass().add("map-scale-bar-line");
        barHalo.getStyleClass().add("map-scale-bar-halo");
        label.getStyleClass().add("map-scale-bar-text");
        label.setTextOrigin(VPos.BOTTOM);
        getChildren().addAll(barHalo, bar, label);
        setMouseTransparent(true);
        scale.addListener((obs, old, now) -> { // the map's scale: the map holds its scale bar
            if (!Double.isNaN(metresPerPixel)) {
                show(metresPerPixel);
            }
        });
    }

    ScaleBarMeasure measure() {
        return measure;
    }

    String shownText() {
        return label.getText();
    }

    void show(double newMetresPerPixel) {
        metresPerPixel = newMetresPerPixel;
        double tick = TICK * scale.get();
        measure = ScaleBarMeasure.fitting(metresPerPixel, MAX_PIXELS * scale.get());
        NumberFormat number = NumberFormat.getNumberInstance(texts.current().locale());
        label.setText(texts.get("map.scale.km", number.format(measure.kilometres())));
        for (Path path : new Path[] {bar, barHalo}) {
            path.getElements().setAll(new MoveTo(0, -tick), new LineTo(0, 0), new LineTo(measure.pixels(), 0),
                    new LineTo(measure.pixels(), -tick));
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double s = scale.get();
        double bottom = getHeight() - 4 * s;
        bar.setLayoutX(2 * s);
        bar.setLayoutY(bottom);
        barHalo.setLayoutX(2 * s);
        barHalo.setLayoutY(bottom);
        label.setLayoutX(2 * s + measure.pixels() / 2 - label.getLayoutBounds().getWidth() / 2);
        label.setLayoutY(bottom - 3 * s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return (MAX_PIXELS + 4) * scale.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 30 * scale.get();
    }
}
