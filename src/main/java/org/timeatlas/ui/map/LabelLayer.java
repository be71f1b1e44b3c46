package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Place;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ScreenBox;
import org.timeatlas.ui.ExplorerState;

/**
 * Names of places, regions and neighbouring countries in the current language, in screen pixels (they do
 * not grow with the zoom). They take part in the map's one {@link LabelPass}, after marks, selected and highlighted
 * things, and movements, among themselves by rank; those that do not fit are hidden. Their size follows the
 * interface scale: a change of the names' font places them all again.
 */
final class LabelLayer extends MapLayer implements LabelSource {

    /** Neighbouring countries' names give way to the atlas's own places of rank 1 only. */
    private static final int COUNTRY_RANK = 2;
    private static final String ID_PREFIX = "place:";
    /**
     * Places of this rank or more (villages, sites, regions found through the gazetteer) are named only once the
     * map is zoomed in closer than {@link #MINOR_METRES_PER_PIXEL}: at the home view (about 725 m per pixel) they
     * would fill every gap between the towns.
     */
    static final int MINOR_RANK = 6;
    static final double MINOR_METRES_PER_PIXEL = 250;

    private final List<MapLabel> labels = new ArrayList<>();
    private final Map<String, MapLabel> byId = new HashMap<>();
    private final Runnable placeAll;
    private List<String> shown = List.of();


    /** @param placeAll asks the map's label pass to place every name again */
    LabelLayer(ObservableValue<MapView> view, List<Place> places, ProjectedAtlas geometry, ExplorerState state,
               Runnable placeAll) {
        super(view);
        this.placeAll = placeAll;
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
        labels.forEach(label -> byId.put(ID_PREFIX + label.labelId(), label));
        getChildren().addAll(labels);
        keep(state.languageProperty().subscribe((old, now) -> markDirty()));
    }

    /** Ids of the labels shown now (countries as "country-N"), in placement order. */
    List<String> shownIds() {
        return shown;
    }

    /** The size of the font of the name {@code labelId} now, in pixels, or NaN when there is no such name. */
    double fontSizeOf(String labelId) {
        MapLabel label = byId.get(ID_PREFIX + labelId);
        return label == null ? Double.NaN : label.fontSize();
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
        placeAll.run();
    }

    @Override
    public void offer(List<LabelPlacement.Candidate> candidates, List<ScreenBox> marks) {
        MapView view = view();
        boolean minorShown = view.metresPerPixel() <= MINOR_METRES_PER_PIXEL;
        for (MapLabel label : labels) {
            if (label.rank() >= MINOR_RANK && !minorShown) {
                continue;
            }
            double x = view.toScreenX(label.worldPoint()[0]);
            double y = view.toScreenY(label.worldPoint()[1]);
            if (x < 0 || y < 0 || x > view.width() || y > view.height()) {
                continue;
            }
            candidates.add(new LabelPlacement.Candidate(ID_PREFIX + label.labelId(),
                    LabelPlacement.PRIORITY_PLACE + label.rank(), label.positionsAround(x, y), label.markAt(x, y)));
        }
    }

    @Override
    public void show(Map<String, ScreenBox> placed) {
        MapView view = view();
        List<String> ids = new ArrayList<>();
        for (MapLabel label : labels) {
            ScreenBox box = placed.get(ID_PREFIX + label.labelId());
            if (box == null) {
                label.setVisible(false);
            } else {
                label.showAt(view.toScreenX(label.worldPoint()[0]), view.toScreenY(label.worldPoint()[1]), box);
                ids.add(label.labelId());
            }
        }
        shown = List.copyOf(ids);
    }

    @Override
    public void drawn(List<String> ids, List<ScreenBox> boxes) {
        for (MapLabel label : labels) {
            if (label.isVisible()) {
                ids.add(ID_PREFIX + label.labelId());
                boxes.add(label.textBox());
            }
        }
    }

    private static ObservableValue<String> nameIn(LocalizedText name, ExplorerState state) {
        return Bindings.createStringBinding(() -> name.get(state.language()), state.languageProperty());
    }
}
