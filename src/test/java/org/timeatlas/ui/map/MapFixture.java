package org.timeatlas.ui.map;

import java.time.LocalDateTime;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/** A map of an atlas in a window (1000×700 unless given) styled by the app's theme, with the state objects the app would give it. */
final class MapFixture {

    final Atlas atlas;
    final ExplorerState state;
    final StateIndex index;
    final CurrentEvents currentEvents;
    final MapPane map;

    MapFixture(Atlas atlas, LocalDateTime moment, Stage stage) {
        this(atlas, moment, stage, 1000, 700);
    }

    /** The map alone at {@code width × height}, e.g. the size it takes in a window of a given size. */
    MapFixture(Atlas atlas, LocalDateTime moment, Stage stage, double width, double height) {
        this.atlas = atlas;
        state = new ExplorerState(atlas.info().start(), atlas.info().end(), moment, "en");
        index = new StateIndex(atlas);
        currentEvents = new CurrentEvents(index, new TimeAxis(atlas.info().axis()), state);
        map = new MapPane(atlas, index, state, currentEvents, new Texts(state));
        Scene scene = new Scene(map, width, height);
        // the theme's palette and roles, which map.css refers to
        scene.getStylesheets().add(MapFixture.class.getResource("/org/timeatlas/ui/app.css").toExternalForm());
        stage.setScene(scene);
        // Monocle's headless screen is 1280×800: a window larger than it overflows its frame buffer, so a larger
        // map is laid out at the screen's size
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setWidth(Math.min(width, screen.getWidth()));
        stage.setHeight(Math.min(height, screen.getHeight()));
        stage.show();
    }
}
