package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeatlas.geo.MapTestAtlas.at;

import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.geo.MapTestAtlas;

@ExtendWith(ApplicationExtension.class)
class MapFocusTest {

    private MapPane map;
    private MapFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new MapFixture(MapTestAtlas.atlas(), at("1990-01-01"), stage);
        map = fixture.map;
    }

    @Test
    void aRequestToShowAPlaceCentresTheMapThereAndZoomsIn(FxRobot robot) {
        double before = map.viewProperty().get().metresPerPixel();
        robot.interact(() -> fixture.state.requestView(org.timeatlas.ui.ViewRequest.place(MapTestAtlas.IN_EAST.lon(),
                MapTestAtlas.IN_EAST.lat())));
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !map.isGliding());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the glide did not end", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Point2D drawnAt = map.pointOf(MapTestAtlas.IN_EAST.lon(), MapTestAtlas.IN_EAST.lat());
        assertEquals(map.getWidth() / 2, drawnAt.getX(), 1);
        assertEquals(map.getHeight() / 2, drawnAt.getY(), 1);
        double after = map.viewProperty().get().metresPerPixel();
        assertTrue(after <= org.timeatlas.ui.ViewRequest.PLACE_METRES_PER_PIXEL && after < before, "zoomed in to " + after);
    }
}
