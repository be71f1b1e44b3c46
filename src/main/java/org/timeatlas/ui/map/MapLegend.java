package org.timeatlas.ui.map;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Side;
import org.timeatlas.atlas.Status;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Lenses;
import org.timeatlas.ui.Texts;

/**
 * What the colours, patterns and marks mean, in the current language, as a compact strip along the bottom of
 * the map: the name of the lens the map is seen through and that lens's statuses always (and the sides whose movements are drawn, in day-by-day mode); the zones, outlines
 * and marks behind a "more" toggle, so the strip does not hide the map. Its text is in em (map.css); each swatch
 * is drawn at its size at 100 % and scaled as a whole with the interface, in a holder that takes its scaled size.
 * Where the map is short for its legend (large scales, small windows) the legend is {@link #setCrowded crowded}:
 * only a "Legend" toggle, which opens all of it over the map.
 */
final class MapLegend extends VBox {

    private static final double SWATCH_WIDTH = 22;
    private static final double SWATCH_HEIGHT = 14;
    /** Marks the rows of the sides, which show only in day-by-day mode. */
    private static final String DAY_BY_DAY_ONLY = "map-legend-day-by-day-only";
    /** Holds the id of the lens a status row belongs to; it shows only while the map is seen through that lens. */
    private static final String LENS = "map-legend-lens";

    private final StatusPaints paints;
    private final ObservableDoubleValue scale;
    private final java.util.Map<Rectangle, String> statusSwatches = new java.util.LinkedHashMap<>();
    private final ObservableBooleanValue dayByDay;
    private final javafx.beans.value.ObservableStringValue lens;
    private final FlowPane main = new FlowPane();
    private final FlowPane more = new FlowPane();
    private final javafx.beans.property.BooleanProperty crowded =
            new javafx.beans.property.SimpleBooleanProperty(this, "crowded", false);
    private final ToggleButton moreToggle = new ToggleButton();
    private final javafx.scene.control.Button fold = new javafx.scene.control.Button();
    private javafx.util.Subscription airStrikes = javafx.util.Subscription.EMPTY;

    /** @param scale the interface scale, 1 at 100 % */
    MapLegend(Atlas atlas, List<Side> sides, boolean hasAirStrikes, StatusPaints paints,
              ObservableDoubleValue scale, ExplorerState state, Texts texts) {
        this.paints = paints;
        this.scale = scale;
        this.sideOrder = List.copyOf(sides);
        getStyleClass().add("map-legend");
        main.getStyleClass().addAll("map-legend-rows", "map-legend-main");
        javafx.beans.binding.BooleanBinding mainShown = crowded.not().or(moreToggle.selectedProperty());
        Label lensName = new Label();
        lensName.setId("map-legend-lens");
        lensName.getStyleClass().addAll("map-legend-label", "map-legend-lens");
        lensName.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lensName.textProperty().bind(texts.computed(m -> Lenses.name(atlas, state.lens(), texts),
                state.lensProperty()));
        lensName.visibleProperty().bind(mainShown);
        lensName.managedProperty().bind(lensName.visibleProperty());
        main.getChildren().add(lensName);
        for (String lensId : Lenses.ids(atlas)) {
            javafx.beans.binding.BooleanBinding lensShown = Bindings.equal(lensId, state.lensProperty());
            for (Status status : Lenses.statuses(atlas, lensId)) {
                if (!status.overlay()) {
                    HBox row = row(swatch(status, "map-legend-swatch"), status, state);
                    row.getProperties().put(LENS, lensId);
                    row.visibleProperty().bind(mainShown.and(lensShown));
                    row.managedProperty().bind(row.visibleProperty());
                    main.getChildren().add(row);
                }
            }
        }
        for (Side side : sides) {
            HBox row = row(sideSwatch(side), localized(side.name(), state));
            row.getStyleClass().add("map-legend-side");
            row.getProperties().put(DAY_BY_DAY_ONLY, Boolean.TRUE);
            row.visibleProperty().bind(state.dayByDayProperty().and(mainShown));
            row.managedProperty().bind(row.visibleProperty());
            main.getChildren().add(row);
        }
        moreToggle.getStyleClass().addAll("map-legend-more", org.timeatlas.ui.feature.MapPictures.NOT_IN_PICTURES);
        moreToggle.setId("map-legend-more");
        moreToggle.setFocusTraversable(false);
        moreToggle.textProperty().bind(texts.computed(m -> moreToggle.isSelected() ? m.get("map.legend.less")
                        : crowded.get() ? m.get("map.legend") + " ▴" : m.get("map.legend.more"),
                moreToggle.selectedProperty(), crowded));
        this.dayByDay = state.dayByDayProperty();
        this.lens = state.lensProperty();
        main.getChildren().add(moreToggle);
        fold.getStyleClass().addAll("map-legend-fold", org.timeatlas.ui.feature.MapPictures.NOT_IN_PICTURES);
        fold.setId("map-legend-fold");
        fold.setFocusTraversable(false);
        fold.textProperty().bind(texts.text("legend.fold"));
        javafx.scene.control.Tooltip foldTip = new javafx.scene.control.Tooltip();
        foldTip.textProperty().bind(texts.text("legend.fold.tip"));
        fold.setTooltip(foldTip);
        fold.visibleProperty().bind(crowded.not());
        fold.managedProperty().bind(fold.visibleProperty());
        main.getChildren().add(fold);

        more.getStyleClass().addAll("map-legend-rows", "map-legend-extra");
        // the zones, outlines and marks are made when first asked for: the first frame shows the closed strip
        moreToggle.selectedProperty().subscribe(open -> {
            if (open && more.getChildren().isEmpty()) {
                fillMore(atlas, sides, hasAirStrikes, state, texts);
            }
        });
        more.visibleProperty().bind(moreToggle.selectedProperty());
        more.managedProperty().bind(more.visibleProperty());
        getChildren().addAll(more, main);
    }

    /** The rows behind the "more" toggle: each lens's zones, the approximate outline, the marks and the sides. */
    private void fillMore(Atlas atlas, List<Side> sides, boolean hasAirStrikes, ExplorerState state, Texts texts) {
        for (String lensId : Lenses.ids(atlas)) {
            for (Status zone : Lenses.statuses(atlas, lensId).stream().filter(Status::overlay).toList()) {
                HBox row = row(swatch(zone, "map-legend-zone-swatch"), zone, state);
                row.visibleProperty().bind(Bindings.equal(lensId, state.lensProperty()));
                row.managedProperty().bind(row.visibleProperty());
                more.getChildren().add(row);
            }
        }
        Rectangle dashed = new Rectangle(SWATCH_WIDTH, SWATCH_HEIGHT);
        dashed.getStyleClass().addAll("map-legend-swatch", "map-legend-approximate");
        dashed.getStrokeDashArray().setAll(5.0, 4.0);
        more.getChildren().add(row(holder(dashed), "map.legend.approximate", texts));
        more.getChildren().add(row(eventMark("fact"), "map.legend.fact", texts));
        more.getChildren().add(row(eventMark("claim"), "map.legend.claim", texts));
        if (hasAirStrikes) {
            more.getChildren().add(row(strikeMark("fact"), "map.legend.airStrike", texts));
            more.getChildren().add(row(strikeMark("claim"), "map.legend.airStrikeClaim", texts));
            CheckBox shown = new CheckBox();
            shown.setId("map-legend-air-strikes");
            shown.getStyleClass().add("map-legend-toggle");
            shown.textProperty().bind(texts.text("map.airStrikes.show"));
            shown.setFocusTraversable(false);
            shown.setSelected(state.airStrikesShownProperty().get());
            shown.selectedProperty().addListener((obs, was, now) -> state.setAirStrikesShown(now)); // its own box
            airStrikes = state.airStrikesShownProperty().subscribe((was, now) -> shown.setSelected(now));
            more.getChildren().add(shown);
        }
        for (Side side : sides) {
            HBox row = row(sideSwatch(side), localized(side.name(), state));
            row.getStyleClass().add("map-legend-side");
            row.visibleProperty().bind(Bindings.not(state.dayByDayProperty()));
            row.managedProperty().bind(row.visibleProperty());
            more.getChildren().add(row);
        }
    }

    /** Fills the status swatches again with the paints of their status, after they changed (a new pattern ink). */
    void refill() {
        statusSwatches.forEach((swatch, statusId) -> swatch.setFill(paints.onScreen(statusId)));
    }

    /**
     * Shows only the toggle (crowded) or the statuses and sides with it. Crowded, the toggle opens the whole
     * legend.
     */
    void setCrowded(boolean isCrowded) {
        crowded.set(isCrowded);
    }

    boolean isCrowded() {
        return crowded.get();
    }

    /** The height the legend takes, {@code width} wide, when it is not crowded and not expanded, in pixels. */
    double uncrowdedHeight(double width) {
        Insets outer = getInsets();
        Insets inner = main.getInsets();
        double room = width - outer.getLeft() - outer.getRight() - inner.getLeft() - inner.getRight();
        double lineWidth = 0;
        double lineHeight = 0;
        double height = 0;
        int lines = 0;
        for (Node row : main.getChildren()) {
            if (Boolean.TRUE.equals(row.getProperties().get(DAY_BY_DAY_ONLY)) && !dayByDay.get()) {
                continue;
            }
            Object rowLens = row.getProperties().get(LENS);
            if (rowLens != null && !rowLens.equals(lens.get())) {
                continue;
            }
            double w = row.prefWidth(-1);
            double h = row.prefHeight(w);
            if (lineWidth > 0 && lineWidth + main.getHgap() + w > room) {
                height += lineHeight;
                lines++;
                lineWidth = 0;
                lineHeight = 0;
            }
            lineWidth += (lineWidth > 0 ? main.getHgap() : 0) + w;
            lineHeight = Math.max(lineHeight, h);
        }
        height += lineHeight;
        lines++;
        return outer.getTop() + outer.getBottom() + inner.getTop() + inner.getBottom() + height
                + main.getVgap() * (lines - 1);
    }

    /** The width of the legend when crowded and closed: its toggle alone. */
    double crowdedWidth() {
        Insets outer = getInsets();
        Insets inner = main.getInsets();
        return outer.getLeft() + outer.getRight() + inner.getLeft() + inner.getRight() + moreToggle.prefWidth(-1);
    }

    /** Runs {@code action} when the user folds the legend with its own button. */
    void setOnFold(Runnable action) {
        fold.setOnAction(e -> action.run());
    }

    /** Closes the legend opened over the map (its toggle), e.g. when it is folded. */
    void close() {
        moreToggle.setSelected(false);
    }

    /** True while the zones and marks are shown too. */
    ObservableBooleanValue expandedProperty() {
        return moreToggle.selectedProperty();
    }

    private Node swatch(Status status, String styleClass) {
        Rectangle swatch = new Rectangle(SWATCH_WIDTH, SWATCH_HEIGHT);
        swatch.getStyleClass().add(styleClass);
        swatch.setFill(paints.onScreen(status.id()));
        statusSwatches.put(swatch, status.id());
        return holder(swatch);
    }

    private List<Side> sideOrder = List.of();

    private Node sideSwatch(Side side) {
        Line line = new Line(0, 0, SWATCH_WIDTH - 6, 0);
        line.setStroke(Color.web(side.colour()));
        line.setStrokeWidth(5);
        line.setStrokeLineCap(StrokeLineCap.BUTT);
        // the side's own arrowhead, as on the map, at half its size
        javafx.scene.shape.Polygon head = new javafx.scene.shape.Polygon(ArrowHeads.of(sideOrder.indexOf(side)));
        head.setScaleX(0.55);
        head.setScaleY(0.55);
        head.setFill(Color.web(side.colour()));
        HBox arrow = new HBox(line, new javafx.scene.Group(head));
        arrow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        arrow.getStyleClass().add("map-legend-arrow");
        return holder(arrow);
    }

    private Node eventMark(String kind) {
        Circle mark = new Circle(6);
        mark.getStyleClass().addAll("map-event-mark", kind);
        return holder(mark);
    }

    private Node strikeMark(String kind) {
        javafx.scene.shape.Polygon star = AirStrikeLayer.star(8, 4);
        star.getStyleClass().addAll("map-air-strike-mark", kind);
        return holder(star);
    }

    /** Holds {@code mark}, drawn at 100 %, scaled to the interface and taking the room of its scaled size. */
    private Node holder(Node mark) {
        StackPane holder = new StackPane(mark);
        holder.getStyleClass().add("map-legend-swatch-holder");
        mark.scaleXProperty().bind(scale);
        mark.scaleYProperty().bind(scale);
        holder.prefWidthProperty().bind(Bindings.multiply(SWATCH_WIDTH, scale));
        holder.prefHeightProperty().bind(Bindings.multiply(SWATCH_HEIGHT, scale));
        holder.minWidthProperty().bind(holder.prefWidthProperty());
        holder.minHeightProperty().bind(holder.prefHeightProperty());
        holder.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        return holder;
    }

    private static HBox row(Node swatch, Status status, ExplorerState state) {
        return row(swatch, localized(status.label(), state));
    }

    private static Label localized(LocalizedText text, ExplorerState state) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> text.get(state.language()),
                state.languageProperty()));
        return label;
    }

    private static HBox row(Node swatch, String key, Texts texts) {
        Label label = new Label();
        label.textProperty().bind(texts.text(key));
        return row(swatch, label);
    }

    private static HBox row(Node swatch, Label label) {
        label.getStyleClass().add("map-legend-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(swatch, label);
        row.getStyleClass().add("map-legend-row");
        return row;
    }

    /** Ends its listener on the explorer state. */
    void dispose() {
        airStrikes.unsubscribe();
    }
}
