package org.timeatlas.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.BaseFeature;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.HomeArea;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;

/**
 * An atlas whose area crosses the 180° meridian (src/test/resources/atlases/date-line: invented islands where
 * Fiji would be): its home box (west 177, east −178) is accepted as RFC 7946 allows, background land on both
 * sides of 180° is kept, and everything projects next to each other rather than a world apart.
 */
class AntimeridianTest {

    private static final double KM = 1000;

    private final Atlas atlas = load();

    @Test
    void theHomeBoxAcross180IsAcceptedAndFiveDegreesWide() {
        Bounds home = atlas.info().home();
        assertTrue(home.crossesAntimeridian());
        assertEquals(5, home.lonWidth(), 1e-9);
        WorldBox projected = new ProjectedAtlas(atlas, 0).home();
        // Mercator on the sphere of WGS84: 5° of longitude are 556.6 km whatever the latitude
        assertEquals(556.6 * KM, projected.width(), 1 * KM);
        assertTrue(projected.minX() < 0 && projected.maxX() > 0, "the box straddles lon_0 = 180: " + projected);
    }

    @Test
    void backgroundLandOnBothSidesOf180IsKeptAndFarLandIsClippedAway() {
        List<String> names = atlas.base().stream().map(f -> f.name().get("en")).toList();
        assertEquals(List.of("Greater Cay (west of 180°)", "Greater Cay (east of 180°)"), names);
        BaseFeature east = atlas.base().get(1);
        Envelope kept = east.geometry().getEnvelopeInternal();
        assertEquals(-180, kept.getMinX(), 1e-9);
        assertEquals(-177, kept.getMaxX(), 1e-9, "all of the land east of 180° lies inside the grown home area");

        ProjectedAtlas projected = new ProjectedAtlas(atlas, 0);
        assertEquals(2, projected.base().size());
        WorldBox westLand = projected.base().get(0).shape().bounds();
        WorldBox eastLand = projected.base().get(1).shape().bounds();
        assertEquals(0, westLand.maxX(), 1, "the west part ends at 180°, x = 0");
        assertEquals(0, eastLand.minX(), 1, "the east part starts at 180°, x = 0");
        assertEquals(333.9 * KM, eastLand.maxX(), 1 * KM, "3° east of 180°");
    }

    @Test
    void territoriesAndEventsEastOf180ProjectJustEastOfIt() {
        ProjectedAtlas projected = new ProjectedAtlas(atlas, 0);
        WorldBox eastCay = projected.territoryShape("east-cay").bounds();
        assertEquals(55.7 * KM, eastCay.minX(), 1 * KM);
        assertEquals(155.8 * KM, eastCay.maxX(), 1 * KM);
        WorldBox splitCay = projected.territoryShape("split-cay").bounds();
        assertTrue(splitCay.width() < 100 * KM, "the two halves of a shape split at 180° lie side by side: " + splitCay);
        double[] harbour = projected.eventPoint("2010-03-01-east-cay-harbour").orElseThrow();
        assertEquals(111.3 * KM, harbour[0], 1 * KM);
    }

    @Test
    void longitudesPast180AreTheSameAsTheirWrappedValues() {
        MapProjection projection = new MapProjection(atlas.info().projection());
        assertArrayEquals(projection.project(-175, -17), projection.project(185, -17), 1e-6);
        assertArrayEquals(projection.project(175, -17), projection.project(-185, -17), 1e-6);
    }

    @Test
    void theHomeAreaWrapsWhereverTheGrownBoxPasses180() {
        List<Envelope> across = new HomeArea(new Bounds(177, -19, -178, -15)).boxes();
        assertEquals(List.of(new Envelope(172, 180, -23, -11), new Envelope(-180, -173, -23, -11)), across);
        List<Envelope> near = new HomeArea(new Bounds(170, 10, 178, 12)).boxes();
        assertEquals(List.of(new Envelope(162, 180, 8, 14), new Envelope(-180, -174, 8, 14)), near,
                "a home box short of 180° whose grown area passes it");
        List<Envelope> caucasus = new HomeArea(new Bounds(39.9, 41.0, 46.8, 43.65)).boxes();
        assertEquals(1, caucasus.size());
        List<Envelope> polar = new HomeArea(new Bounds(-10, 80, 10, 88)).boxes();
        assertEquals(89, polar.get(0).getMaxY(), 1e-9, "latitudes stop at 89°, where Mercator is still finite");
    }

    private static Atlas load() {
        try {
            Path folder = Path.of(AntimeridianTest.class.getResource("/atlases/date-line/atlas.json").toURI()).getParent();
            LoadResult result = AtlasLoader.load(folder);
            assertEquals(List.of(), result.problems());
            return result.atlas().orElseThrow();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
