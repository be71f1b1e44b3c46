package org.timeatlas.ui.map;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Path;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.beans.value.ObservableValue;
import org.timeatlas.atlas.Pattern;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;
import org.timeatlas.geo.MapView;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.geo.ProjectedShape;
import org.timeatlas.geo.ScreenBox;
import org.timeatlas.time.StateIndex;
import org.timeatlas.ui.ExplorerState;

/**
 * Overlays (zones drawn over the statuses) where they pile up: two patterned zones over or against one another (the
 * security and restricted-weapons zones along the Inguri/Enguri, over Gali and Zugdidi) read as one dark smear, so
 * while an overlay lies over or touches another one shown at the same moment it loses its fill and is drawn as an outline —
 * dashed in a way of its own for each pattern — over a light band, with its name on the map, placed by the
 * {@link LabelPass} like any other. Outlines are in map metres (a constant width on screen); the names are in
 * pixels, in {@link #names()}.
 */
final class OverlayPiles extends MapLayer implements LabelSource {

    private static final String ID_PREFIX = "zone:";
    private static final double LINE_PIXELS = 2.4;
    private static final double BAND_PIXELS = 6;
    /** How many places along an outline its name may go. */
    private static final int NAME_POSITIONS = 12;

    private record Zone(Territory territory, Path band, Path line, Text name, Text halo, ProjectedShape shape) {
    }

    private final Map<String, Zone> zones = new LinkedHashMap<>();
    private final Map<String, Boolean> overlapping = new HashMap<>();
    private final StateIndex index;
    private final TerritoryLayer territories;
    private final Group names = new Group();
    private ScreenStrokes strokes = new ScreenStrokes();
    private Set<String> piled = Set.of();

    OverlayPiles(ObservableValue<MapView> view, List<Territory> all, List<Status> statuses, ProjectedAtlas geometry,
                 StateIndex index, TerritoryLayer territories, ExplorerState state) {
        super(view);
        this.index = index;
        this.territories = territories;
        getStyleClass().add("map-overlay-piles");
        setMouseTransparent(true);
        names.setManaged(false);
        names.setMouseTransparent(true);
        names.getStyleClass().add("map-overlay-pile-names");
        Map<String, Status> statusById = new HashMap<>();
        statuses.forEach(status -> statusById.put(status.id(), status));
        for (Territory territory : all) {
            ProjectedShape shape = geometry.territoryShape(territory.id());
            if (territory.kind() != TerritoryKind.OVERLAY || shape == null || shape.isEmpty()) {
                continue;
            }
            Path band = ShapePaths.pathOf(shape);
            band.getStyleClass().add("map-overlay-pile-band");
            Path line = ShapePaths.pathOf(shape);
            line.getStyleClass().add("map-overlay-pile-line");
            for (Path p : List.of(band, line)) {
                p.setFill(null);
                p.setVisible(false);
            }
            Text name = new Text();
            Text halo = new Text();
            for (Text t : List.of(halo, name)) {
                t.setTextOrigin(VPos.TOP);
                t.setManaged(false);
                t.setVisible(false);
                t.textProperty().bind(Bindings.createStringBinding(() -> territory.spanAt(state.moment())
                        .map(span -> statusById.get(span.statusId()))
                        .map(status -> status.label().get(state.language())).orElse(""),
                        state.languageProperty(), state.momentProperty()));
            }
            name.getStyleClass().add("map-overlay-pile-name");
            halo.getStyleClass().add("map-overlay-pile-name-halo");
            Zone zone = new Zone(territory, band, line, name, halo, shape);
            zones.put(territory.id(), zone);
            getChildren().addAll(band, line);
            names.getChildren().addAll(halo, name);
        }
        rebuildStrokes(statusById);
    }

    /** The overlays' names, in screen pixels: a group the map puts among its layers drawn in pixels. */
    Group names() {
        return names;
    }

    /** Ids of the overlays drawn as outlines now, because they lie over another one shown. */
    Set<String> piledIds() {
        return piled;
    }

    /** Finds the overlays shown at {@code moment} that lie over one another, and draws those as named outlines. */
    void showMoment(LocalDateTime moment) {
        List<String> shown = new ArrayList<>();
        for (String id : zones.keySet()) {
            if (index.statusAt(id, moment).isPresent()) {
                shown.add(id);
            }
        }
        Set<String> now = new LinkedHashSet<>();
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                if (overlap(shown.get(i), shown.get(j))) {
                    now.add(shown.get(i));
                    now.add(shown.get(j));
                }
            }
        }
        if (now.equals(piled)) {
            return;
        }
        piled = Set.copyOf(now);
        zones.forEach((id, zone) -> {
            boolean on = piled.contains(id);
            for (javafx.scene.Node node : List.of(zone.band(), zone.line(), zone.name(), zone.halo())) {
                node.setVisible(on);
            }
        });
        territories.outlineOnly(piled);
        markDirty();
    }

    /** Zones closer than this (map metres) count as piled up: well under a pixel at every zoom of the map. */
    private static final double TOUCH_METRES = 400;

    /** Whether two overlays' areas share any part or touch: computed once per pair, from their drawn shapes. */
    private boolean overlap(String a, String b) {
        String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
        return overlapping.computeIfAbsent(key, k -> {
            ProjectedShape first = zones.get(a).shape();
            ProjectedShape second = zones.get(b).shape();
            if (first.bounds().maxX() < second.bounds().minX() || second.bounds().maxX() < first.bounds().minX()
                    || first.bounds().maxY() < second.bounds().minY() || second.bounds().maxY() < first.bounds().minY()) {
                return false;
            }
            Path one = ShapePaths.pathOf(first);
            Path two = ShapePaths.pathOf(second);
            one.setFill(javafx.scene.paint.Color.BLACK);
            two.setFill(javafx.scene.paint.Color.BLACK);
            // zones that only touch (a band along another, as the restricted-weapons zone runs along the security
            // zone) pile up just the same for the eye: each is grown by a stroke before they are intersected
            for (Path p : List.of(one, two)) {
                p.setStroke(javafx.scene.paint.Color.BLACK);
                p.setStrokeWidth(TOUCH_METRES);
            }
            Bounds common = Shape.intersect(one, two).getLayoutBounds();
            return common.getWidth() > 0 && common.getHeight() > 0;
        });
    }

    private void rebuildStrokes(Map<String, Status> statusById) {
        strokes = new ScreenStrokes();
        for (Zone zone : zones.values()) {
            Pattern pattern = zone.territory().history().stream().map(span -> statusById.get(span.statusId()))
                    .filter(java.util.Objects::nonNull).map(Status::pattern).findFirst().orElse(Pattern.NONE);
            strokes.add(zone.band(), BAND_PIXELS);
            strokes.add(zone.line(), LINE_PIXELS, dashOf(pattern));
        }
    }

    /** A dash for each overlay pattern, so two outlines side by side are told apart without colour. */
    static double[] dashOf(Pattern pattern) {
        return switch (pattern) {
            case HATCH -> new double[] {12, 5};
            case CROSSHATCH -> new double[] {16, 4, 3, 4};
            case DOTS -> new double[] {2.5, 4};
            case NONE -> new double[] {};
        };
    }

    @Override
    protected void layoutLayer() {
        strokes.rescale(view().metresPerPixel());
    }

    @Override
    public void offer(List<LabelPlacement.Candidate> labels, List<ScreenBox> marks) {
        MapView view = view();
        for (String id : piled) {
            Zone zone = zones.get(id);
            Bounds text = zone.name().getLayoutBounds();
            List<ScreenBox> positions = new ArrayList<>();
            double[] ring = zone.shape().rings().get(0);
            int points = ring.length / 2;
            int step = Math.max(1, points / NAME_POSITIONS);
            for (int i = 0; i < points; i += step) {
                double x = view.toScreenX(ring[2 * i]);
                double y = view.toScreenY(ring[2 * i + 1]);
                // the name just beside the line, above it
                positions.add(new ScreenBox(x - text.getWidth() / 2, y - text.getHeight() - 4, text.getWidth(),
                        text.getHeight()));
            }
            labels.add(new LabelPlacement.Candidate(ID_PREFIX + id, LabelPlacement.PRIORITY_STRIKE + 5, positions, null));
        }
    }

    @Override
    public void show(Map<String, ScreenBox> placed) {
        zones.forEach((id, zone) -> {
            ScreenBox box = piled.contains(id) ? placed.get(ID_PREFIX + id) : null;
            for (Text t : List.of(zone.halo(), zone.name())) {
                t.setVisible(box != null);
                if (box != null) {
                    Bounds bounds = t.getLayoutBounds();
                    t.setLayoutX(box.x() - bounds.getMinX());
                    t.setLayoutY(box.y() - bounds.getMinY());
                }
            }
        });
    }

    @Override
    public void drawn(List<String> ids, List<ScreenBox> boxes) {
        zones.forEach((id, zone) -> {
            if (zone.name().isVisible()) {
                Bounds b = zone.name().getBoundsInParent();
                ids.add(ID_PREFIX + id);
                boxes.add(new ScreenBox(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            }
        });
    }
}
