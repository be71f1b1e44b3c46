package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeatlas.geo.MapTestAtlas.at;
import static org.timeatlas.geo.MapTestAtlas.text;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.GeoPoint;
import org.timeatlas.atlas.Place;
import org.timeatlas.geo.MapTestAtlas;

@ExtendWith(ApplicationExtension.class)
class MapLabelsTest {

    private MapFixture fixture;

    @Start
    void start(Stage stage) {
        List<Place> crowd = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            crowd.add(new Place("crowd-" + i, text("Crowded village " + i, "भीड़ गाँव " + i),
                    new GeoPoint(44.3 + (i % 8) * 0.05, 41.9 + (i / 8) * 0.03), 3, "village"));
        }
        fixture = new MapFixture(MapTestAtlas.atlas(crowd), at("1990-01-01"), stage);
    }

    @Test
    void shownLabelsNeverOverlapAndTheMostImportantAreShown(FxRobot robot) {
        List<String> shown = fixture.map.visibleLabelIds();
        assertTrue(shown.contains("eastville"), "the capital, rank 1, in the middle of the crowd");
        assertTrue(shown.contains("west-region"));
        assertTrue(shown.size() < 44, "the crowd cannot all fit: " + shown);
        assertNoOverlaps(robot);
    }

    @Test
    void labelsFollowTheLanguageAndStillDoNotOverlap(FxRobot robot) {
        robot.interact(() -> fixture.state.setLanguage("hi"));
        MapLabel capital = robot.lookup(".map-label").queryAllAs(MapLabel.class).stream()
                .filter(label -> label.labelId().equals("eastville")).findFirst().orElseThrow();
        assertEquals("पूर्वनगर", capital.shownText());
        assertNoOverlaps(robot);
    }

    @Test
    void labelsStayTheSameSizeOnScreenWhenZooming(FxRobot robot) {
        MapLabel capital = robot.lookup(".map-label").queryAllAs(MapLabel.class).stream()
                .filter(label -> label.labelId().equals("eastville")).findFirst().orElseThrow();
        double width = capital.getBoundsInParent().getWidth();
        robot.interact(() -> {
            fixture.map.zoomIn();
            fixture.map.layout();
        });
        assertEquals(width, capital.getBoundsInParent().getWidth(), 0.5);
        assertNoOverlaps(robot);
    }

    private void assertNoOverlaps(FxRobot robot) {
        List<Bounds> boxes = new ArrayList<>();
        for (Node label : robot.lookup(".map-label").queryAll()) {
            if (label.isVisible()) {
                Node text = label.lookup(".map-label-text");
                boxes.add(text.localToScene(text.getBoundsInLocal()));
            }
        }
        assertEquals(fixture.map.visibleLabelIds().size(), boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Bounds a = boxes.get(i);
                Bounds b = boxes.get(j);
                boolean overlap = a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                        && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
                assertFalse(overlap, "labels overlap: " + a + " and " + b);
            }
        }
    }
}
