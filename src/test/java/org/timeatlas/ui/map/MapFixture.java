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

/** A map of an atlas in a 1000×700 window styled by the app's theme, with the state objects the app would give it. */
final class MapFixture {

    final Atlas atlas;
    final ExplorerState state;
    final StateIndex index;
    final CurrentEvents currentEvents;
    final MapPane map;

    MapFixture(Atlas atlas, LocalDateTime moment, Stage stage) {
        this.atlas = atlas;
        state = new ExplorerState(atlas.info().start(), atlas.info().end(), moment, "en");
        index = new StateIndex(atlas);
        currentEvents = new CurrentEvents(index, new TimeAxis(atlas.info().axis()), state);
        map = new MapPane(atlas, index, state, currentEvents, new Texts(state));
        Scene scene = new Scene(map, 1000, 700);
        // the theme's palette and roles, which map.css refers to
        scene.getStylesheets().add(MapFixture.class.getResource("/org/timeatlas/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
