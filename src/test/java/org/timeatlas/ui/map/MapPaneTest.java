package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeatlas.geo.MapTestAtlas.at;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.geo.MapTestAtlas;
import org.timeatlas.geo.MapView;

@ExtendWith(ApplicationExtension.class)
class MapPaneTest {

    private MapFixture fixture;
    private MapPane map;

    @Start
    void start(Stage stage) {
        fixture = new MapFixture(MapTestAtlas.atlas(), at("1990-01-01"), stage);
        map = fixture.map;
    }

    @Test
    void changingTheMomentChangesTheDrawnStatusOfATerritory(FxRobot robot) {
        Path west = robot.lookup("#territory-west").queryAs(Path.class);
        Paint governmentFill = west.getFill();
        assertEquals("government", map.fillStatusOf("west"));

        robot.interact(() -> fixture.state.setMoment(MapTestAtlas.WAR.plusDays(1)));
        assertEquals("contested", map.fillStatusOf("west"));
        assertNotEquals(governmentFill, west.getFill());

        robot.interact(() -> fixture.state.setMoment(MapTestAtlas.CEASEFIRE));
        assertEquals("separatist", map.fillStatusOf("west"));
        assertEquals("government", map.fillStatusOf("east"), "an unchanged territory keeps its status");
    }

    @Test
    void anOverlayIsShownOnlyWhileItHasASpan(FxRobot robot) {
        Path zone = robot.lookup("#territory-zone").queryAs(Path.class);
        assertNull(map.fillStatusOf("zone"));
        assertFalse(zone.isVisible());

        robot.interact(() -> fixture.state.setMoment(at("1995-01-01")));
        assertEquals("peacekeeping-zone", map.fillStatusOf("zone"));
        assertTrue(zone.isVisible());

        robot.interact(() -> fixture.state.setMoment(at("2008-08-08")));
        assertFalse(zone.isVisible(), "the span is half-open: it has ended at its 'to'");
    }

    @Test
    void clickingATerritorySelectsItAndTheTopmostWinsWhereTheyOverlap(FxRobot robot) {
        robot.clickOn(onScreen(MapTestAtlas.IN_WEST));
        assertEquals("west", fixture.state.selectedTerritoryProperty().get());
        assertNotNull(robot.lookup(".map-selection-outline").tryQuery().orElse(null), "the selection is outlined");

        robot.clickOn(onScreen(MapTestAtlas.IN_ENCLAVE));
        assertEquals("enclave", fixture.state.selectedTerritoryProperty().get());

        robot.clickOn(onScreen(MapTestAtlas.IN_OVERLAY_OVER_EAST));
        assertEquals("east", fixture.state.selectedTerritoryProperty().get(), "overlays are not picked");
    }

    @Test
    void clickingOutsideEveryTerritoryClearsTheSelection(FxRobot robot) {
        robot.interact(() -> fixture.state.selectTerritory("east"));
        robot.clickOn(onScreen(new GeoPoint(44.0, 43.1)));
        assertNull(fixture.state.selectedTerritoryProperty().get());
    }

    @Test
    void hoveringATerritoryShowsItsNameAndItsStatusAtTheMoment(FxRobot robot) {
        robot.moveTo(onScreen(MapTestAtlas.IN_WEST));
        HoverCard card = robot.lookup(".map-hover-card").queryAs(HoverCard.class);
        assertTrue(card.isVisible());
        assertEquals("West", card.nameText());
        assertEquals("Government control", card.statusText());

        robot.interact(() -> fixture.state.setMoment(MapTestAtlas.WAR.plusDays(2)));
        assertEquals("Fighting", card.statusText(), "the card follows the moment");

        robot.interact(() -> fixture.state.setLanguage("hi"));
        assertEquals("पश्चिम", card.nameText(), "and the language");
    }

    @Test
    void markersShowTheCurrentEventsThatHaveAPlace(FxRobot robot) {
        assertEquals(List.of(), map.visibleEventIds());
        robot.interact(() -> fixture.state.setMoment(at("1992-08-21")));
        assertEquals(List.of("1992-08-14-war", "1992-08-20-claim"), map.visibleEventIds());
        assertTrue(map.eventMark("1992-08-20-claim").orElseThrow().getStyleClass().contains("claim"));
        assertTrue(map.eventMark("1992-08-14-war").orElseThrow().getStyleClass().contains("fact"));

        robot.interact(() -> fixture.state.setMoment(at("2008-08-13")));
        assertEquals(List.of("2008-08-10-advance"), map.visibleEventIds(), "an event without a place has no marker");
    }

    @Test
    void clickingAMarkerSelectsItsEventAndNotTheTerritoryUnderIt(FxRobot robot) {
        robot.interact(() -> fixture.state.setMoment(at("1992-08-21")));
        Node marker = map.eventMark("1992-08-20-claim").orElseThrow();
        robot.clickOn(marker, MouseButton.PRIMARY);
        assertEquals("1992-08-20-claim", fixture.state.selectedEventProperty().get());
        assertNull(fixture.state.selectedTerritoryProperty().get());
        assertTrue(marker.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")));
    }

    @Test
    void draggingPansTheMapWithoutSelecting(FxRobot robot) {
        Point2D from = onScreen(MapTestAtlas.IN_EAST);
        robot.drag(from, MouseButton.PRIMARY).moveBy(-120, 60).drop();
        Point2D now = map.localToScreen(map.pointOf(MapTestAtlas.IN_EAST.lon(), MapTestAtlas.IN_EAST.lat()));
        assertEquals(from.getX() - 120, now.getX(), 2);
        assertEquals(from.getY() + 60, now.getY(), 2);
        assertNull(fixture.state.selectedTerritoryProperty().get());
    }

    @Test
    void buttonsZoomAndFitHome(FxRobot robot) {
        MapView home = map.viewProperty().get();
        robot.clickOn("#map-zoomIn");
        assertEquals(home.metresPerPixel() / MapViewport.STEP, map.viewProperty().get().metresPerPixel(), 1e-6);
        robot.clickOn("#map-zoomOut").clickOn("#map-zoomOut");
        assertTrue(map.viewProperty().get().metresPerPixel() > home.metresPerPixel());
        robot.clickOn("#map-fitHome");
        assertEquals(home, map.viewProperty().get());
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursor(FxRobot robot) {
        Point2D cursor = onScreen(MapTestAtlas.IN_ENCLAVE);
        robot.moveTo(cursor);
        double before = map.viewProperty().get().metresPerPixel();
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        assertNotEquals(before, map.viewProperty().get().metresPerPixel(), 1e-9);
        Point2D after = onScreen(MapTestAtlas.IN_ENCLAVE);
        assertEquals(cursor.getX(), after.getX(), 1);
        assertEquals(cursor.getY(), after.getY(), 1);
    }

    @Test
    void strokesKeepTheirScreenWidthWhenZooming(FxRobot robot) {
        Path east = robot.lookup("#territory-east").queryAs(Path.class);
        double metresPerPixel = map.viewProperty().get().metresPerPixel();
        double onScreen = east.getStrokeWidth() / metresPerPixel;
        robot.interact(() -> {
            map.zoomIn();
            map.zoomIn();
            map.layout();
        });
        assertEquals(onScreen, east.getStrokeWidth() / map.viewProperty().get().metresPerPixel(), 1e-9);
    }

    @Test
    void doubleClickZoomsInAroundThePointer(FxRobot robot) {
        Point2D at = onScreen(MapTestAtlas.IN_EAST);
        double before = map.viewProperty().get().metresPerPixel();
        robot.doubleClickOn(at, MouseButton.PRIMARY);
        assertEquals(before / MapViewport.STEP, map.viewProperty().get().metresPerPixel(), 1e-6);
        Point2D after = onScreen(MapTestAtlas.IN_EAST);
        assertEquals(at.getX(), after.getX(), 1);
        assertEquals(at.getY(), after.getY(), 1);
    }

    @Test
    void clickingTheLegendOrAMarkerDoesNotSelectTheTerritoryBeneath(FxRobot robot) {
        Node legend = robot.lookup(".map-legend").query();
        // at home the map is fitted above the legend strip; zoomed in, territories reach under it
        robot.interact(() -> {
            map.zoomIn();
            map.zoomIn();
            map.layout();
        });
        javafx.geometry.Bounds bounds = legend.getBoundsInParent();
        Point2D overTerritory = new Point2D(bounds.getMaxX() - 40, bounds.getMinY() + 8);
        assertTrue(map.territoryAt(overTerritory.getX(), overTerritory.getY()).isPresent(),
                "the legend lies over a territory there");
        robot.clickOn(map.localToScreen(overTerritory));
        assertNull(fixture.state.selectedTerritoryProperty().get());

        robot.interact(() -> fixture.state.setMoment(at("1992-08-21")));
        robot.clickOn(map.eventMark("1992-08-14-war").orElseThrow());
        assertNull(fixture.state.selectedTerritoryProperty().get(), "nor does clicking a marker");
    }

    @Test
    void theLegendHasARowForEveryStatusAndForTheMarks(FxRobot robot) {
        assertEquals(5, robot.lookup(".map-legend-row").queryAll().size(),
                "the 5 statuses that are not zones; the zones, outlines and marks are made when first asked for");
        robot.clickOn("#map-legend-more");
        // 6 statuses (one a zone), approximate outline, fact, claim
        assertEquals(9, robot.lookup(".map-legend-row").queryAll().size());
        assertTrue(robot.lookup(".map-legend-extra").query().isVisible());
    }

    private Point2D onScreen(GeoPoint point) {
        return map.localToScreen(map.pointOf(point.lon(), point.lat()));
    }
}
