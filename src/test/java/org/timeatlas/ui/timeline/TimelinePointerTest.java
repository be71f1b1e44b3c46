package org.timeatlas.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeatlas.ui.timeline.TimelineTestAtlas.day;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/** Era names are cut short in their narrow bands, so the pointer's tooltip gives them, and events, whole. */
@ExtendWith(ApplicationExtension.class)
class TimelinePointerTest {

    private final Atlas atlas = TimelineTestAtlas.atlas();
    private TimelineView view;
    private ExplorerState state;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(atlas.info().start(), atlas.info().end(), day("2008-08-08"), "en");
        view = new TimelineView(atlas, new TimeAxis(atlas.info().axis()), state, new Texts(state));
        stage.setScene(new Scene(new VBox(view), 1280, 200));
        stage.sizeToScene(); // the stage all tests share keeps the size an earlier test left unless told
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void pointingAtTheErasNamesEveryEraOfThatDayInFull(FxRobot robot) {
        robot.moveTo(screen(view.xOf(day("1991-06-01")), view.bands().erasTop() + 4));
        String text = view.pointerText();
        // A pixel is about eleven days in the compressed years, so only the month is certain.
        assertTrue(text.split("\n")[0].matches("\\d+ (May|June) 1991"), text);
        assertTrue(text.contains("The USSR falls apart") && text.contains("War in South Ossetia"), text);
    }

    @Test
    void pointingAtAnEventMarkGivesItsDateAndTitleInTheInterfaceLanguage(FxRobot robot) {
        robot.interact(() -> state.setLanguage("hi"));
        var event = atlas.event(TimelineTestAtlas.RECOGNITION).orElseThrow();
        robot.moveTo(screen(view.xOf(event.start()), view.bands().axisY() - 4));
        assertEquals(new org.timeatlas.i18n.Messages("hi").moment(event.start(), event.startHasTime()) + "\n"
                + event.title().get("hi"), view.pointerText());
    }

    private Point2D screen(double x, double yBelowTopInset) {
        return view.localToScreen(x, view.snappedTopInset() + yBelowTopInset);
    }
}
