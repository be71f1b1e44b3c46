package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeatlas.geo.MapTestAtlas.at;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.geo.MapTestAtlas;
import org.timeatlas.geo.ScreenBox;
import org.timeatlas.ui.feature.LayerProjection;
import org.timeatlas.ui.feature.MapLayer;
import org.timeatlas.ui.feature.MapLayerHost;

/** A layer made outside the map, with only the public seam (ui.feature), follows the map's view. */
@ExtendWith(ApplicationExtension.class)
class OpenLayerTest {

    /** A pin at a lon/lat, as a feature outside ui/map would write it: only ui.feature types. */
    static final class Pin extends MapLayer {
        final GeoPoint at;
        final Circle dot = new Circle(6);
        int layouts;

        Pin(GeoPoint at) {
            this.at = at;
            dot.setId("test-pin");
            getChildren().add(dot);
        }

        @Override
        protected void layoutLayer() {
            layouts++;
            Point2D p = projection().toLayer(at.lon(), at.lat());
            dot.setRadius(6 * projection().uiScale());
            dot.setCenterX(p.getX());
            dot.setCenterY(p.getY());
        }

        @Override
        public List<Bounds> occupied() {
            double r = dot.getRadius() + 30; // a wide pin: names must keep clear of all of it
            return List.of(new BoundingBox(dot.getCenterX() - r, dot.getCenterY() - r, 2 * r, 2 * r));
        }

        LayerProjection seen() {
            return projection();
        }

        Point2D centre() {
            return new Point2D(dot.getCenterX(), dot.getCenterY());
        }
    }

    private MapFixture fixture;
    private MapPane map;

    @Start
    void start(Stage stage) {
        fixture = new MapFixture(MapTestAtlas.atlas(), at("1990-01-01"), stage);
        map = fixture.map;
    }

    @Test
    void aPinAddedFromOutsideFollowsPanAndZoom(FxRobot robot) {
        GeoPoint eastville = new GeoPoint(44.8, 41.7);
        Pin pin = new Pin(eastville);
        MapLayerHost host = map;
        Subscription[] added = new Subscription[1];
        robot.interact(() -> {
            added[0] = host.addLayer(pin);
            map.layout();
        });
        assertTrue(pin.isAttached());
        assertClose(map.pointOf(eastville.lon(), eastville.lat()), pin.centre());

        Point2D before = pin.centre();
        robot.interact(() -> {
            map.zoomIn();
            map.layout();
        });
        assertNotEquals(before, pin.centre(), "zooming moved the pin");
        assertClose(map.pointOf(eastville.lon(), eastville.lat()), pin.centre());

        robot.interact(() -> {
            map.pan(0.2, -0.1);
            map.layout();
        });
        assertClose(map.pointOf(eastville.lon(), eastville.lat()), pin.centre());

        // the projection goes both ways
        Point2D back = host.projection().toLonLat(pin.centre().getX(), pin.centre().getY());
        assertEquals(eastville.lon(), back.getX(), 1e-6);
        assertEquals(eastville.lat(), back.getY(), 1e-6);

        // the names keep clear of what the pin occupies, and the pass reports no overlap
        ScreenBox pinBox = box(pin.occupied().get(0));
        for (String id : map.visibleLabelIds()) {
            MapLabel label = robot.lookup(".map-label").queryAllAs(MapLabel.class).stream()
                    .filter(l -> l.labelId().equals(id)).findFirst().orElseThrow();
            assertFalse(label.textBox().overlaps(pinBox), id + " is under the pin");
        }
        assertEquals(List.of(), map.labelReport().overlaps());

        int layouts = pin.layouts;
        robot.interact(() -> {
            added[0].unsubscribe();
            map.zoomOut();
            map.layout();
        });
        assertFalse(pin.isAttached());
        assertNull(pin.getParent(), "the layer is taken off the map");
        assertEquals(layouts, pin.layouts, "a removed layer no longer follows the map");
    }

    @Test
    void aLayerIsOnOneMapAtATimeAndHasNoProjectionOffIt(FxRobot robot) {
        Pin pin = new Pin(MapTestAtlas.IN_EAST);
        assertThrows(IllegalStateException.class, pin::seen);
        LayerProjection projection = map.projection();
        robot.interact(() -> map.addLayer(pin));
        assertThrows(IllegalStateException.class, () -> pin.attach(projection));
    }

    private static ScreenBox box(Bounds b) {
        return new ScreenBox(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    private static void assertClose(Point2D expected, Point2D actual) {
        assertEquals(expected.getX(), actual.getX(), 0.01, "x");
        assertEquals(expected.getY(), actual.getY(), 0.01, "y");
    }
}
