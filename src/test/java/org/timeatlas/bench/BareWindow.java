package org.timeatlas.bench;

import java.time.LocalDateTime;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * The baseline: an empty stage of the same size whose only content is one rectangle that moves with the
 * moment, so every driven frame has something to lay out and paint.
 */
public final class BareWindow implements BenchSubject {

    private final int width;
    private final int height;
    private final Rectangle marker = new Rectangle(20, 20, Color.STEELBLUE);
    private int steps;

    public BareWindow(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void open(Stage stage) {
        stage.setScene(new Scene(new Pane(marker), width, height));
        stage.show();
    }

    @Override
    public void prepare() {
        // nothing to prepare
    }

    @Override
    public void show(LocalDateTime moment) {
        steps++;
        marker.setLayoutX((steps * 37) % (width - 20));
    }

    @Override
    public void showPosition(double position) {
        marker.setLayoutX(position * (width - 20));
    }
}
