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

/** A map of an atlas in a 1000×700 window, with the state objects the app would give it. */
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
        stage.setScene(new Scene(map, 1000, 700));
        stage.show();
    }
}
