package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LateChildrenTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static List<Node> marks(int count) {
        List<Node> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Circle mark = new Circle(3);
            mark.setId("mark-" + i);
            made.add(mark);
        }
        return made;
    }

    @Test
    void onlyTheMarksShownFirstEnterTheLayerAtFirstAndTheRestKeepTheirDrawingOrderWhenOneIsNeeded() {
        Group layer = new Group();
        AtomicInteger completed = new AtomicInteger();
        LateChildren late = new LateChildren(layer, completed::incrementAndGet);
        List<Node> marks = marks(5);
        marks.forEach(late::add);
        assertTrue(layer.getChildren().isEmpty(), "nothing enters before start");

        late.needed(List.of(marks.get(0)));
        assertTrue(layer.getChildren().isEmpty(), "nothing is needed before start");

        late.start(List.of(marks.get(3), marks.get(1)));
        assertEquals(List.of(marks.get(1), marks.get(3)), layer.getChildren(), "shown first, in drawing order");

        late.needed(List.of(marks.get(3)));
        assertFalse(late.isComplete(), "a mark already in the layer needs nothing more");
        assertEquals(0, completed.get());

        List<Node> removed = new ArrayList<>();
        layer.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
            }
        });
        late.needed(List.of(marks.get(4)));
        assertTrue(late.isComplete());
        assertEquals(marks, layer.getChildren(), "every mark, in drawing order");
        assertTrue(removed.isEmpty(), "the marks already there were not taken out (and so not styled again)");
        assertEquals(1, completed.get());

        late.complete();
        assertEquals(1, completed.get(), "completes once");
    }

    @Test
    void aMarkBroughtToTheFrontBeforeTheRestEnterIsFollowedByThoseDrawnAfterIt() {
        Group layer = new Group();
        LateChildren late = new LateChildren(layer, () -> { });
        List<Node> marks = marks(4);
        marks.forEach(late::add);
        late.start(List.of(marks.get(0), marks.get(2)));
        marks.get(0).toFront();
        late.complete();
        // the layer's own hook brings it forward again; here there is none, so the order is by drawing order
        // after the mark's new place
        assertEquals(List.of(marks.get(2), marks.get(3), marks.get(0), marks.get(1)), layer.getChildren());
        assertEquals(4, layer.getChildren().size());
    }

    @Test
    void theRestEnterOnceTheLayersFirstFrameIsOnTheScreen(FxRobot robot) {
        Group layer = new Group();
        List<Node> marks = marks(3);
        LateChildren[] late = new LateChildren[1];
        robot.interact(() -> {
            late[0] = new LateChildren(layer, () -> { });
            marks.forEach(late[0]::add);
            late[0].start(List.of(marks.get(1)));
            stage.setScene(new Scene(layer, 200, 100));
            stage.show();
            assertEquals(1, layer.getChildren().size());
        });
        WaitForAsyncUtils.waitForFxEvents(10);
        robot.interact(() -> {
            assertTrue(late[0].isComplete());
            assertEquals(marks, layer.getChildren());
            assertSame(layer.getScene(), marks.get(0).getScene());
        });
    }
}
