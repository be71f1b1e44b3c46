package org.timeatlas.ui.map;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Scale;
import org.timeatlas.atlas.Movement;
import org.timeatlas.atlas.Side;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ProjectedPath;
import org.timeatlas.geo.ScreenBox;
import org.timeatlas.ui.ExplorerState;

/**
 * Movements of forces as thick arrows in their side's colour, in screen pixels. While a movement runs, its
 * line is drawn as far as the time elapsed (the arrowhead shows where the column has got to); for a while
 * after it ends it stays, faded and named only when highlighted; otherwise it is hidden. Paths are projected
 * once; a change of moment only recomputes the points of the movements shown. Line widths are in em (day-by-day.css); the arrowhead is built
 * at its size at 100 % and scaled to the interface scale, as are the label's distances from it.
 */
final class MovementLayer extends MapLayer implements LabelSource {

    private static final String ID_PREFIX = "movement:";
    private static final javafx.css.PseudoClass HIGHLIGHTED = javafx.css.PseudoClass.getPseudoClass("highlighted");

    /** How long a finished movement stays on the map, faded. */
    static final Duration AFTERGLOW = Duration.ofHours(24);
    static final double FADED_OPACITY = 0.45;
    private static final double ARROW_LENGTH = 16;
    private static final double ARROW_HALF_WIDTH = 9;
    /** The dashes of an approximate path, at 100 %. */
    private static final double APPROXIMATE_DASH = 10;
    private static final double APPROXIMATE_GAP = 7;
    static final int LABEL_LINE_CHARACTERS = 24;
    static final int LABEL_MAX_CHARACTERS = 48;
    private static final int MIN_CLAUSE_CHARACTERS = 12;

    /** One movement's nodes: the line, its halo, the arrowhead and the label. */
    static final class Arrow extends Group {
        final Movement movement;
        final ProjectedPath path;
        final Polyline halo = new Polyline();
        final Polyline line = new Polyline();
        final Polygon head;
        final Text label = new Text();
        final Text labelHalo = new Text();
        final Rotate turn = new Rotate(0, 0, 0);
        final Scale size = new Scale(1, 1, 0, 0);
        double fraction;

        Arrow(Movement movement, ProjectedPath path, Color colour, int sideIndex, ObservableValue<String> text) {
            this.movement = movement;
            this.path = path;
            head = new Polygon(ArrowHeads.of(sideIndex));
            getStyleClass().add("map-movement");
            setId("movement-" + movement.id());
            halo.getStyleClass().add("map-movement-halo");
            line.getStyleClass().add("map-movement-line");
            line.setStroke(colour);
            head.setFill(colour);
            head.getStyleClass().add("map-movement-head");
            head.getTransforms().addAll(turn, size);
            for (Polyline p : List.of(halo, line)) {
                p.setStrokeLineCap(StrokeLineCap.ROUND);
                p.setStrokeLineJoin(StrokeLineJoin.ROUND);
                p.setFill(null);
            }
            if (movement.approximate()) {
                line.getStyleClass().add("approximate");
                line.setStrokeLineCap(StrokeLineCap.BUTT);
                line.getStrokeDashArray().setAll(APPROXIMATE_DASH, APPROXIMATE_GAP);
            }
            label.getStyleClass().add("map-movement-label");
            labelHalo.getStyleClass().add("map-movement-label-halo");
            for (Text t : List.of(labelHalo, label)) {
                t.setTextOrigin(VPos.CENTER);
                t.textProperty().bind(text);
            }
            getChildren().addAll(halo, line, head, labelHalo, label);
            setManaged(false);
            setVisible(false);
            setMouseTransparent(true);
        }
    }

    private final Map<String, Arrow> arrows = new LinkedHashMap<>();
    private final List<String> shown = new ArrayList<>();

    private final Runnable placeAll;
    private final java.util.Set<String> highlighted = new java.util.HashSet<>();
    // the arrows hidden at the opening moment enter the scene after the first frame; highlighted ones stay in front
    private final LateChildren late = new LateChildren(this,
            () -> highlighted.stream().map(arrows::get).filter(java.util.Objects::nonNull).forEach(Arrow::toFront));
    private double scale = 1;

    MovementLayer(ObservableValue<MapView> view, List<Movement> movements, List<Side> sides, ProjectedAtlas geometry,
                  ExplorerState state, Runnable placeAll, ObservableDoubleValue scale) {
        super(view);
        this.placeAll = placeAll;
        getStyleClass().add("map-movement-layer");
        setMouseTransparent(true);
        Map<String, Color> colours = new LinkedHashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        sides.forEach(side -> {
            colours.put(side.id(), Color.web(side.colour()));
            order.put(side.id(), order.size());
        });
        for (Movement movement : movements) {
            geometry.movementPath(movement.id()).ifPresent(path -> {
                Arrow arrow = new Arrow(movement, path, colours.getOrDefault(movement.sideId(), Color.BLACK),
                        order.getOrDefault(movement.sideId(), 0),
                        Bindings.createStringBinding(() -> inLines(movement.mapLabel().get(state.language())),
                                state.languageProperty()));
                arrows.put(movement.id(), arrow);
                late.add(arrow);
            });
        }
        keep(state.momentProperty().subscribe((old, now) -> showMoment(now)));
        showMoment(state.moment());
        late.start(shownArrows());
        scale.subscribe(now -> { // the map's scale: the map holds its layers
            this.scale = now.doubleValue();
            for (Arrow arrow : arrows.values()) {
                arrow.size.setX(this.scale);
                arrow.size.setY(this.scale);
                if (arrow.movement.approximate()) {
                    arrow.line.getStrokeDashArray().setAll(APPROXIMATE_DASH * this.scale, APPROXIMATE_GAP * this.scale);
                }
            }
            markDirty();
        });
    }

    /**
     * The label as the map shows it: its first sentence, or the part before a colon, at most
     * {@link #LABEL_MAX_CHARACTERS} (cut at a word, with "…"), broken at spaces into short lines — explicit
     * breaks, since JavaFX wraps Devanagari wrongly on its own.
     */
    static String inLines(String label) {
        String shown = label.strip();
        for (String end : new String[] {". ", ": ", "; "}) {
            int at = shown.indexOf(end);
            if (at >= MIN_CLAUSE_CHARACTERS) {
                shown = shown.substring(0, at);
            }
        }
        if (shown.length() > LABEL_MAX_CHARACTERS) {
            int cut = shown.lastIndexOf(' ', LABEL_MAX_CHARACTERS - 1);
            shown = shown.substring(0, cut > 0 ? cut : LABEL_MAX_CHARACTERS - 1).stripTrailing() + "…";
        }
        StringBuilder lines = new StringBuilder();
        int lineLength = 0;
        for (String word : shown.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > LABEL_LINE_CHARACTERS) {
                lines.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                lines.append(' ');
                lineLength++;
            }
            lines.append(word);
            lineLength += word.length();
        }
        return lines.toString();
    }

    /** Ids of the movements drawn now. */
    List<String> shownIds() {
        return List.copyOf(shown);
    }

    /** How much of a movement's path is drawn now (0–1), or NaN when it is hidden. */
    double drawnFraction(String movementId) {
        Arrow arrow = arrows.get(movementId);
        return arrow == null || !arrow.isVisible() ? Double.NaN : arrow.fraction;
    }

    Arrow arrowOf(String movementId) {
        return arrows.get(movementId);
    }

    /** Which part of a movement to draw at {@code moment}: 0–1, or NaN when it is not drawn at all. */
    static double fractionAt(Movement movement, LocalDateTime moment) {
        if (moment.isBefore(movement.from()) || !moment.isBefore(movement.to().plus(AFTERGLOW))) {
            return Double.NaN;
        }
        if (!moment.isBefore(movement.to())) {
            return 1;
        }
        double total = Duration.between(movement.from(), movement.to()).toMinutes();
        return Duration.between(movement.from(), moment).toMinutes() / total;
    }

    private void showMoment(LocalDateTime now) {
        shown.clear();
        for (Arrow arrow : arrows.values()) {
            double fraction = fractionAt(arrow.movement, now);
            boolean visible = !Double.isNaN(fraction);
            arrow.setVisible(visible);
            if (visible) {
                arrow.fraction = fraction;
                arrow.setOpacity(now.isBefore(arrow.movement.to()) ? 1 : FADED_OPACITY);
                shown.add(arrow.movement.id());
            }
        }
        late.needed(this::shownArrows);
        markDirty();
    }

    private List<Arrow> shownArrows() {
        return shown.stream().map(arrows::get).toList();
    }

    /** Emphasises the movements {@code movementIds} (a tour step's), and names them before any other; none when empty. */
    void highlight(java.util.Collection<String> movementIds) {
        highlighted.clear();
        highlighted.addAll(movementIds);
        arrows.forEach((id, arrow) -> {
            boolean on = highlighted.contains(id);
            arrow.pseudoClassStateChanged(HIGHLIGHTED, on);
            if (on) {
                arrow.toFront();
            }
        });
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        MapView view = view();
        for (Arrow arrow : arrows.values()) {
            if (arrow.isVisible()) {
                place(arrow, view, scale);
            }
        }
        placeAll.run();
    }

    @Override
    public void offer(List<LabelPlacement.Candidate> labels, List<ScreenBox> marks) {
        MapView view = view();
        for (Arrow arrow : arrows.values()) {
            if (arrow.isVisible()) {
                // where the column has got to: no name may hide it
                javafx.geometry.Bounds head = arrow.head.getBoundsInParent();
                marks.add(new ScreenBox(head.getMinX(), head.getMinY(), head.getWidth(), head.getHeight()));
            }
            boolean named = highlighted.contains(arrow.movement.id());
            // a finished movement is named only when highlighted: faded with its arrow, its name was hard to read
            // over the zones and the lines of the movements still running around it
            if (arrow.isVisible() && !arrow.label.getText().isEmpty() && (named || arrow.fraction < 1)) {
                int priority = named ? LabelPlacement.PRIORITY_HIGHLIGHT : LabelPlacement.PRIORITY_MOVEMENT;
                labels.add(new LabelPlacement.Candidate(ID_PREFIX + arrow.movement.id(), priority,
                        labelPositions(arrow, view, scale), null));
            }
        }
    }

    @Override
    public void show(Map<String, ScreenBox> placed) {
        for (Arrow arrow : arrows.values()) {
            ScreenBox box = arrow.isVisible() ? placed.get(ID_PREFIX + arrow.movement.id()) : null;
            arrow.label.setVisible(box != null);
            arrow.labelHalo.setVisible(box != null);
            if (box != null) {
                javafx.geometry.Bounds bounds = arrow.label.getLayoutBounds();
                for (Text t : List.of(arrow.labelHalo, arrow.label)) {
                    t.setLayoutX(box.x() - bounds.getMinX());
                    t.setLayoutY(box.y() - bounds.getMinY());
                }
            }
        }
    }

    @Override
    public void drawn(List<String> ids, List<ScreenBox> boxes) {
        for (Arrow arrow : arrows.values()) {
            if (arrow.isVisible() && arrow.label.isVisible()) {
                javafx.geometry.Bounds bounds = arrow.label.getBoundsInParent();
                ids.add(ID_PREFIX + arrow.movement.id());
                boxes.add(new ScreenBox(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight()));
            }
        }
    }

    /**
     * Where the label may go, best first: beside the arrowhead on the side away from where the arrow came from,
     * then the other three corners around the head, then further out.
     */
    private static List<ScreenBox> labelPositions(Arrow arrow, MapView view, double scale) {
        double tipX = arrow.head.getLayoutX();
        double tipY = arrow.head.getLayoutY();
        double angle = Math.toRadians(arrow.turn.getAngle());
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double w = arrow.label.getLayoutBounds().getWidth();
        double h = arrow.label.getLayoutBounds().getHeight();
        boolean ahead = cos >= 0;
        boolean above = sin > 0;
        List<ScreenBox> positions = new ArrayList<>(8);
        for (double reach : new double[] {1, 2.2}) {
            double beside = 8 * scale * reach;
            double off = 10 * scale * reach;
            for (boolean right : new boolean[] {ahead, !ahead}) {
                for (boolean up : new boolean[] {above, !above}) {
                    double x = right ? tipX + beside : tipX - beside - w;
                    double y = up ? tipY - off - h : tipY + off;
                    positions.add(new ScreenBox(x, y, w, h));
                }
            }
        }
        return positions;
    }

    private static void place(Arrow arrow, MapView view, double scale) {
        double[] world = arrow.path.prefix(arrow.fraction);
        List<Double> screen = new ArrayList<>(world.length);
        for (int i = 0; i < world.length; i += 2) {
            screen.add(view.toScreenX(world[i]));
            screen.add(view.toScreenY(world[i + 1]));
        }
        // the line stops under the arrowhead, so its round cap does not poke out of the tip
        int n = screen.size();
        double tipX = screen.get(n - 2);
        double tipY = screen.get(n - 1);
        double angle = -arrow.path.headingAt(arrow.fraction);
        screen.set(n - 2, tipX - Math.cos(angle) * ARROW_LENGTH * 0.6 * scale);
        screen.set(n - 1, tipY - Math.sin(angle) * ARROW_LENGTH * 0.6 * scale);
        arrow.line.getPoints().setAll(screen);
        arrow.halo.getPoints().setAll(screen);
        arrow.head.setLayoutX(tipX);
        arrow.head.setLayoutY(tipY);
        arrow.turn.setAngle(Math.toDegrees(angle));
    }
}
