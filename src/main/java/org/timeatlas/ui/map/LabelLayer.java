package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Place;
import org.timeatlas.geo.LabelPlacer;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ScreenBox;
import org.timeatlas.ui.ExplorerState;

/**
 * Names of places, regions and neighbouring countries in the current language, in screen pixels (they do
 * not grow with the zoom). Placed anew on every pan or zoom: by rank, none overlapping another or the
 * map's controls, and clear of event marks where they can be; those that do not fit are hidden. Their size
 * follows the interface scale: a change of the names' font places them all again.
 */
final class LabelLayer extends MapLayer {

    /** Neighbouring countries' names give way to the atlas's own places of rank 1 only. */
    private static final int COUNTRY_RANK = 2;
    private static final double PADDING = 3;
    /**
     * Places of this rank or more (villages, sites, regions found through the gazetteer) are named only once the
     * map is zoomed in closer than {@link #MINOR_METRES_PER_PIXEL}: at the home view (about 725 m per pixel) they
     * would fill every gap between the towns.
     */
    static final int MINOR_RANK = 6;
    static final double MINOR_METRES_PER_PIXEL = 250;

    private final List<MapLabel> labels = new ArrayList<>();
    private List<ScreenBox> shownBoxes = List.of();
    private Runnable afterPlacing = () -> { };
    private final Supplier<List<ScreenBox>> obstacles;
    private final Supplier<List<ScreenBox>> marks;
    private final LabelPlacer placer = new LabelPlacer(PADDING);
    private List<String> shown = List.of();


    LabelLayer(ObservableValue<MapView> view, List<Place> places, ProjectedAtlas geometry, ExplorerState state,
               Supplier<List<ScreenBox>> obstacles, Supplier<List<ScreenBox>> marks) {
        super(view);
        this.obstacles = obstacles;
        this.marks = marks;
        getStyleClass().add("map-label-layer");
        setMouseTransparent(true);
        int countries = 0;
        for (ProjectedAtlas.BaseShape feature : geometry.base()) {
            if (feature.labelAt() != null && "land".equals(feature.role())) {
                labels.add(new MapLabel("country-" + countries++, COUNTRY_RANK, feature.labelAt(), "country",
                        nameIn(feature.name(), state)));
            }
        }
        for (Place place : places) {
            geometry.placePoint(place.id()).ifPresent(point -> labels.add(
                    new MapLabel(place.id(), place.rank(), point, place.kind(), nameIn(place.name(), state))));
        }
        getChildren().addAll(labels);
        keep(state.languageProperty().subscribe((old, now) -> markDirty()));
    }

    /** Ids of the labels shown now (countries as "country-N"), in placement order. */
    List<String> shownIds() {
        return shown;
    }

    /** The size of the font of the name {@code labelId} now, in pixels, or NaN when there is no such name. */
    double fontSizeOf(String labelId) {
        return labels.stream().filter(label -> label.labelId().equals(labelId)).findFirst()
                .map(MapLabel::fontSize).orElse(Double.NaN);
    }

    /** Asks for a new placement, e.g. when an obstacle such as the legend changed size. */
    void replace() {
        markDirty();
    }

    /**
     * Sizes the names' dots and gaps for the interface scale {@code scale} (1 at 100 %) from now on, and places the
     * names again when their font changes: their size is in em, and the style sheet gives them their new font
     * after the scale changed.
     */
    void followScale(ObservableDoubleValue scale) {
        scale.subscribe(now -> { // the map's scale: the map holds its layers
            labels.forEach(label -> label.scaleTo(now.doubleValue()));
            markDirty();
        });
        labels.forEach(label -> label.text().fontProperty().addListener((obs, old, now) -> markDirty()));
    }

    @Override
    protected void layoutLayer() {
        MapView view = view();
        Map<String, MapLabel> byId = new HashMap<>();
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        boolean minorShown = view.metresPerPixel() <= MINOR_METRES_PER_PIXEL;
        for (MapLabel label : labels) {
            label.setVisible(false);
            if (label.rank() >= MINOR_RANK && !minorShown) {
                continue;
            }
            double x = view.toScreenX(label.worldPoint()[0]);
            double y = view.toScreenY(label.worldPoint()[1]);
            byId.put(label.labelId(), label);
            candidates.add(new LabelPlacer.Candidate(label.labelId(), label.rank(), label.positionsAround(x, y),
                    label.markAt(x, y)));
        }
        ScreenBox viewport = new ScreenBox(0, 0, view.width(), view.height());
        List<String> placedIds = new ArrayList<>();
        List<ScreenBox> boxes = new ArrayList<>();
        for (LabelPlacer.Placed placed : placer.place(candidates, viewport, obstacles.get(), marks.get())) {
            MapLabel label = byId.get(placed.id());
            label.showAt(view.toScreenX(label.worldPoint()[0]), view.toScreenY(label.worldPoint()[1]), placed.box());
            placedIds.add(placed.id());
            boxes.add(placed.box());
        }
        shown = List.copyOf(placedIds);
        shownBoxes = List.copyOf(boxes);
        afterPlacing.run();
    }

    /** Runs {@code action} each time the labels have been placed anew. */
    void setAfterPlacing(Runnable action) {
        afterPlacing = action;
    }

    /** Where the shown labels stand on screen, so other labels (e.g. of movements) can keep clear. */
    List<ScreenBox> shownBoxes() {
        return shownBoxes;
    }

    private static ObservableValue<String> nameIn(LocalizedText name, ExplorerState state) {
        return Bindings.createStringBinding(() -> name.get(state.language()), state.languageProperty());
    }
}
