package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.timeatlas.geo.ScreenBox;

/**
 * A name on the map in screen pixels: the text over a light halo so it stays legible on any fill, and for
 * towns a dot at the place itself. It offers positions around its anchor for the label placer. The text's size
 * is in em of the root font (map.css), so it grows with the interface scale; the dot and the gaps around it follow
 * {@link #scaleTo}. The cached bitmap of the text is drawn again whenever its font changes.
 */
final class MapLabel extends Group {

    private static final double DOT_RADIUS = 2.8;
    private static final double GAP = 5;
    private static final double FAR_GAP = 13;

    private final String labelId;
    private final int rank;
    private final double[] worldPoint;
    private final boolean withDot;
    private final Text halo = new Text();
    private final Text text = new Text();
    private final Circle dot = new Circle(DOT_RADIUS);
    // A stroked halo is costly to rasterise in software; as a bitmap it is drawn once and then only moved.
    private final Group words = new Group(halo, text);
    private double scale = 1;

    MapLabel(String labelId, int rank, double[] worldPoint, String kind, ObservableValue<String> name) {
        this.labelId = labelId;
        this.rank = rank;
        this.worldPoint = worldPoint;
        this.withDot = !"region".equals(kind) && !"country".equals(kind);
        getStyleClass().addAll("map-label", "map-label-" + kind);
        for (Text part : List.of(halo, text)) {
            part.setTextOrigin(VPos.TOP);
            part.textProperty().bind(name);
            part.setManaged(false);
        }
        halo.getStyleClass().add("map-label-halo");
        text.getStyleClass().add("map-label-text");
        dot.getStyleClass().add("map-label-dot");
        dot.setManaged(false);
        dot.setVisible(withDot);
        words.setManaged(false);
        words.setCache(true);
        getChildren().addAll(words, dot);
        setManaged(false);
        setMouseTransparent(true);
    }

    String labelId() {
        return labelId;
    }

    int rank() {
        return rank;
    }

    double[] worldPoint() {
        return worldPoint;
    }

    String shownText() {
        return text.getText();
    }

    /** The size of its text's font now, in pixels. */
    double fontSize() {
        return text.getFont().getSize();
    }

    /** The text, whose font changes with the interface scale. */
    Text text() {
        return text;
    }

    /** Sizes the dot and the gaps for the interface scale {@code newScale} (1 at 100 %). */
    void scaleTo(double newScale) {
        scale = newScale;
        dot.setRadius(DOT_RADIUS * scale);
    }

    /** Boxes the text could take around the anchor (screen pixels), best first. */
    List<ScreenBox> positionsAround(double anchorX, double anchorY) {
        Bounds bounds = text.getLayoutBounds();
        double w = bounds.getWidth();
        double h = bounds.getHeight();
        if (!withDot) {
            return List.of(new ScreenBox(anchorX - w / 2, anchorY - h / 2, w, h),
                    new ScreenBox(anchorX - w / 2, anchorY - h * 1.5, w, h),
                    new ScreenBox(anchorX - w / 2, anchorY + h / 2, w, h));
        }
        List<ScreenBox> positions = new ArrayList<>(8);
        // near the dot first; then further out, clear of an event mark on the same place
        for (double gap : new double[] {GAP * scale, FAR_GAP * scale}) {
            positions.add(new ScreenBox(anchorX + gap, anchorY - h / 2, w, h));
            positions.add(new ScreenBox(anchorX - gap - w, anchorY - h / 2, w, h));
            positions.add(new ScreenBox(anchorX - w / 2, anchorY - gap - h, w, h));
            positions.add(new ScreenBox(anchorX - w / 2, anchorY + gap * 0.6, w, h));
        }
        return positions;
    }

    /** The box of the dot at the anchor, or null for labels without one. */
    ScreenBox markAt(double anchorX, double anchorY) {
        double r = DOT_RADIUS * scale;
        return withDot ? new ScreenBox(anchorX - r, anchorY - r, 2 * r, 2 * r) : null;
    }

    /** Where its text is drawn now, in its layer's pixels (the halo's stroke not included). */
    ScreenBox textBox() {
        Bounds bounds = text.getLayoutBounds();
        return new ScreenBox(words.getLayoutX() + bounds.getMinX(), words.getLayoutY() + bounds.getMinY(),
                bounds.getWidth(), bounds.getHeight());
    }

    /** Shows the text in {@code box} with the dot (if any) at the anchor. */
    void showAt(double anchorX, double anchorY, ScreenBox box) {
        Bounds bounds = text.getLayoutBounds();
        words.setLayoutX(box.x() - bounds.getMinX());
        words.setLayoutY(box.y() - bounds.getMinY());
        dot.setCenterX(anchorX);
        dot.setCenterY(anchorY);
        setVisible(true);
    }
}
