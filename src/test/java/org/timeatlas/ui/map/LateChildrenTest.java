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

        late.needed(() -> List.of(marks.get(0)));
        assertTrue(layer.getChildren().isEmpty(), "nothing is needed before start");

        late.start(List.of(marks.get(3), marks.get(1)));
        assertEquals(List.of(marks.get(1), marks.get(3)), layer.getChildren(), "shown first, in drawing order");

        late.needed(() -> List.of(marks.get(3)));
        assertFalse(late.isComplete(), "a mark already in the layer needs nothing more");
        assertEquals(0, completed.get());

        List<Node> removed = new ArrayList<>();
        layer.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
            }
        });
        late.needed(() -> List.of(marks.get(4)));
        assertTrue(late.isComplete());
        assertEquals(marks, layer.getChildren(), "every mark, in drawing order");
        assertTrue(removed.isEmpty(), "the marks already there were not taken out (and so not styled again)");
        assertEquals(1, completed.get());

        late.complete();
        assertEquals(1, completed.get(), "completes once");
    }

    @Test
    void aMarkBroughtToTheFrontGoesBackToItsPlaceAndTheLayerBringsItForwardAgainWithoutRestylingTheOthers() {
        Group layer = new Group();
        List<Node> marks = marks(4);
        LateChildren late = new LateChildren(layer, () -> marks.get(0).toFront());
        marks.forEach(late::add);
        late.start(List.of(marks.get(0), marks.get(2)));
        marks.get(0).toFront();
        assertEquals(List.of(marks.get(2), marks.get(0)), layer.getChildren());
        List<Node> removed = new ArrayList<>();
        layer.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
            }
        });
        late.complete();
        // in drawing order 0, 1, 2, 3, and then the layer's hook brought 0 to the front again
        assertEquals(List.of(marks.get(1), marks.get(2), marks.get(3), marks.get(0)), layer.getChildren());
        // (Node.toFront shows as a removal to a listener too, though JavaFX does not restyle the node it moves)
        assertFalse(removed.contains(marks.get(2)), "the mark in order in the scene was not taken out and styled again");
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

    @Test
    void manyMarksEnterAHundredAPulseSoTheWindowKeepsAnswering(FxRobot robot) throws Exception {
        Group layer = new Group();
        List<Node> marks = marks(2 * LateChildren.MARKS_A_PULSE + 50);
        List<Integer> counts = new ArrayList<>();
        LateChildren[] late = new LateChildren[1];
        robot.interact(() -> {
            late[0] = new LateChildren(layer, () -> counts.add(layer.getChildren().size()));
            marks.forEach(late[0]::add);
            late[0].start(List.of(marks.get(7)));
            stage.setScene(new Scene(layer, 200, 100));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> late[0].isComplete());
        robot.interact(() -> {
            assertEquals(marks, layer.getChildren(), "every mark, in drawing order");
            assertEquals(List.of(1 + LateChildren.MARKS_A_PULSE, 1 + 2 * LateChildren.MARKS_A_PULSE, marks.size()),
                    counts, "a hundred more after each pulse");
        });
    }
}
