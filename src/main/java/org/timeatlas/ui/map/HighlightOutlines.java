package org.timeatlas.ui.map;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.shape.Path;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;

/**
 * The territories a tour step picks out, as a strong outline over a light halo in map metres (drawn outside the
 * cached bitmap of the territories, like the selection), at a constant width on screen. Rebuilt when the
 * highlight changes; a change of view only rescales the strokes.
 */
final class HighlightOutlines extends MapLayer {

    private static final double HALO_PIXELS = 9;
    private static final double OUTLINE_PIXELS = 4;

    private final ProjectedAtlas geometry;
    private ScreenStrokes strokes = new ScreenStrokes();

    HighlightOutlines(ObservableValue<MapView> view, ProjectedAtlas geometry) {
        super(view);
        this.geometry = geometry;
        getStyleClass().add("map-highlight-layer");
        setMouseTransparent(true);
    }

    /** Outlines {@code territoryIds} (unknown ids are skipped); none when empty. */
    void show(List<String> territoryIds) {
        getChildren().clear();
        strokes = new ScreenStrokes();
        for (String id : territoryIds) {
            if (geometry.territoryShape(id) == null) {
                continue;
            }
            add(id, "map-highlight-halo", HALO_PIXELS);
            add(id, "map-highlight-outline", OUTLINE_PIXELS);
        }
        markDirty();
    }

    /** Ids of the territories outlined now, in the order given. */
    List<String> shownIds() {
        return getChildren().stream().filter(node -> node.getStyleClass().contains("map-highlight-outline"))
                .map(node -> node.getId().substring("highlight-".length())).toList();
    }

    private void add(String territoryId, String styleClass, double pixels) {
        Path outline = ShapePaths.pathOf(geometry.territoryShape(territoryId));
        outline.getStyleClass().add(styleClass);
        if (styleClass.equals("map-highlight-outline")) {
            outline.setId("highlight-" + territoryId);
        }
        outline.setFill(null);
        outline.setMouseTransparent(true);
        strokes.add(outline, pixels);
        getChildren().add(outline);
    }

    @Override
    protected void layoutLayer() {
        strokes.rescale(view().metresPerPixel());
    }
}
