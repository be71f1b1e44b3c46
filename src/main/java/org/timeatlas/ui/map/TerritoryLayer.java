package org.timeatlas.ui.map;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import org.timeatlas.atlas.Lens;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.time.StateIndex;

/**
 * Territories in map metres, one path each, filled with their status at the current moment in the current lens
 * (control on the ground, or one of the atlas's lenses); overlays (pattern only) above them, hidden while they have
 * no span in that lens. A change of moment or of lens only changes fills and visibility. The selected and hovered territories get an outline, kept in a group of its own so that the map
 * can draw it outside the cached bitmap of the territories (a hover then repaints an outline, not the world).
 */
final class TerritoryLayer extends MapLayer {

    private static final double BORDER_PIXELS = 0.9;
    private static final double[] APPROXIMATE_DASH = {5, 4};
    private static final double HOVER_PIXELS = 2.2;
    private static final double SELECTION_PIXELS = 3.5;
    private static final double SELECTION_HALO_PIXELS = 7;

    private final ProjectedAtlas geometry;
    private final StateIndex index;
    private final StatusPaints paints;
    private final ScreenStrokes strokes = new ScreenStrokes();
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private final Map<String, String> drawnStatus = new HashMap<>();
    private final List<Path> highlights = new ArrayList<>();
    private final Group outlines = new Group();
    private String selected;
    private String hovered;
    /** Overlays drawn without their fill, as outlines (see OverlayPiles). */
    private java.util.Set<String> outlinedOnly = java.util.Set.of();
    private String lens = Lens.CONTROL;

    TerritoryLayer(ObservableValue<MapView> view, List<Territory> territories, ProjectedAtlas geometry,
                   StateIndex index, StatusPaints paints) {
        super(view);
        this.geometry = geometry;
        this.index = index;
        this.paints = paints;
        getStyleClass().add("map-territory-layer");
        List<Node> overlays = new ArrayList<>();
        for (Territory territory : territories) {
            Path path = ShapePaths.pathOf(geometry.territoryShape(territory.id()));
            boolean overlay = territory.kind() == TerritoryKind.OVERLAY;
            path.getStyleClass().add(overlay ? "map-overlay" : "map-territory");
            path.setId("territory-" + territory.id());
            if (territory.approximate()) {
                path.getStyleClass().add("approximate");
                strokes.add(path, BORDER_PIXELS, APPROXIMATE_DASH);
            } else {
                strokes.add(path, BORDER_PIXELS);
            }
            paths.put(territory.id(), path);
            (overlay ? overlays : getChildren()).add(path);
        }
        getChildren().addAll(overlays);
    }

    /**
     * Fills every territory with its status at {@code moment} in lens {@code lensId} (hidden where the lens gives it
     * none); touches only those whose status changed. Lens statuses have ids of their own, so a change of lens is a
     * change of fill like any other.
     */
    void showMoment(LocalDateTime moment, String lensId) {
        lens = lensId;
        showMoment(moment);
    }

    /** Fills every territory with its status at {@code moment}; touches only those whose status changed. */
    void showMoment(LocalDateTime moment) {
        for (Map.Entry<String, Path> entry : paths.entrySet()) {
            String id = entry.getKey();
            String status = index.statusAt(id, moment, lens).map(Status::id).orElse(null);
            if (!drawnStatus.containsKey(id) || !Objects.equals(status, drawnStatus.get(id))) {
                drawnStatus.put(id, status);
                Path path = entry.getValue();
                path.setVisible(status != null);
                path.setFill(status == null || outlinedOnly.contains(id) ? null : paints.inMapUnits(status));
            }
        }
    }

    /** Draws the overlays {@code ids} without their fill from now on (they are outlined elsewhere). */
    void outlineOnly(java.util.Set<String> ids) {
        outlinedOnly = java.util.Set.copyOf(ids);
        refill();
    }

    /** Fills every territory again with the paints of its status, after they changed (a new pattern ink). */
    void refill() {
        drawnStatus.forEach((id, status) -> paths.get(id).setFill(status == null || outlinedOnly.contains(id) ? null
                : paints.inMapUnits(status)));
    }

    /** The id of the status the territory is drawn with now, or null when it is hidden. */
    String drawnStatusOf(String territoryId) {
        return drawnStatus.get(territoryId);
    }

    /** The hover and selection outlines, in map metres like the territories; not a child of this layer. */
    Group outlines() {
        return outlines;
    }

    Path pathOf(String territoryId) {
        return paths.get(territoryId);
    }

    void select(String territoryId) {
        selected = territoryId;
        rebuildHighlights();
    }

    void hover(String territoryId) {
        if (!Objects.equals(hovered, territoryId)) {
            hovered = territoryId;
            rebuildHighlights();
        }
    }

    @Override
    protected void layoutLayer() {
        double metresPerPixel = view().metresPerPixel();
        if (strokes.rescale(metresPerPixel)) {
            paints.rescale(metresPerPixel);
            refill();
        }
    }

    /** Outlines are few and change only on hover or selection, so they are simply rebuilt. */
    private void rebuildHighlights() {
        outlines.getChildren().removeAll(highlights);
        highlights.forEach(strokes::remove);
        highlights.clear();
        if (hovered != null && !hovered.equals(selected)) {
            addHighlight(hovered, "map-hover-outline", HOVER_PIXELS);
        }
        if (selected != null && paths.containsKey(selected)) {
            addHighlight(selected, "map-selection-halo", SELECTION_HALO_PIXELS);
            addHighlight(selected, "map-selection-outline", SELECTION_PIXELS);
        }
    }

    private void addHighlight(String territoryId, String styleClass, double pixels) {
        if (geometry.territoryShape(territoryId) == null) {
            return;
        }
        Path outline = ShapePaths.pathOf(geometry.territoryShape(territoryId));
        outline.getStyleClass().add(styleClass);
        outline.setFill(null);
        outline.setMouseTransparent(true);
        strokes.add(outline, pixels);
        highlights.add(outline);
        outlines.getChildren().add(outline);
    }
}
