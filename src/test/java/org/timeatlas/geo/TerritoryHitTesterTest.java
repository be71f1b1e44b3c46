package org.timeatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.timeatlas.atlas.GeoPoint;

class TerritoryHitTesterTest {

    private final ProjectedAtlas projected = new ProjectedAtlas(MapTestAtlas.atlas(), 0);

    @Test
    void aTerritoryDrawnLaterIsPickedAboveTheOneUnderIt() {
        assertEquals(Optional.of("enclave"), at(MapTestAtlas.IN_ENCLAVE));
        assertEquals(List.of("enclave", "west"), allAt(MapTestAtlas.IN_ENCLAVE));
    }

    @Test
    void eachTerritoryIsPickedWhereItIsAlone() {
        assertEquals(Optional.of("west"), at(MapTestAtlas.IN_WEST));
        assertEquals(Optional.of("east"), at(MapTestAtlas.IN_EAST));
    }

    @Test
    void overlaysAreNotPicked() {
        assertEquals(Optional.of("east"), at(MapTestAtlas.IN_OVERLAY_OVER_EAST));
    }

    @Test
    void nothingIsPickedOutsideEveryTerritory() {
        assertEquals(Optional.empty(), at(new GeoPoint(40.5, 43.5)));
    }

    @Test
    void areasAreTestedInTheOrderGiven() {
        ShapeProjector projector = projected.projector();
        TerritoryHitTester tester = new TerritoryHitTester(List.of(
                new TerritoryHitTester.Area("top-then-bottom", projector.project(MapTestAtlas.box(42, 42, 43, 43))),
                new TerritoryHitTester.Area("later", projector.project(MapTestAtlas.box(42.5, 42.5, 43.5, 43.5)))));
        double[] overlap = projector.projection().project(42.7, 42.7);
        assertEquals(Optional.of("later"), tester.topmostAt(overlap[0], overlap[1]));
    }

    private Optional<String> at(GeoPoint point) {
        double[] xy = projected.projector().project(point);
        return projected.hitTester().topmostAt(xy[0], xy[1]);
    }

    private List<String> allAt(GeoPoint point) {
        double[] xy = projected.projector().project(point);
        return projected.hitTester().allAt(xy[0], xy[1]);
    }
}
