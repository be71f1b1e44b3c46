package org.timeatlas.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/** An order question in a narrow column: the longest titles wrap, and every row is still inside the list. */
@ExtendWith(ApplicationExtension.class)
class OrderRowsTest {

    private static final Atlas GEORGIA = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();

    private OrderInput input;

    @Start
    void start(Stage stage) {
        List<String> longest = GEORGIA.events().stream()
                .sorted(Comparator.comparingInt((Event e) -> e.title().get("en").length()).reversed())
                .limit(5).map(Event::id).toList();
        LocalDateTime moment = LocalDateTime.of(2000, 1, 1, 0, 0);
        Texts texts = new Texts(new ExplorerState(moment.minusYears(20), moment.plusYears(20), moment, "en"));
        input = new OrderInput(GEORGIA, longest, texts, "en");
        ScrollPane column = new ScrollPane(input.node());
        column.setFitToWidth(true);
        // about the side column's width at 1024×768, with the panel's style
        Scene scene = new Scene(column, 240, 700);
        scene.getStylesheets().addAll(OrderRowsTest.class.getResource("/org/timeatlas/ui/app.css").toExternalForm(),
                OrderRowsTest.class.getResource("/org/timeatlas/ui/quiz.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyRowOfWrappedTitlesIsInsideTheList(FxRobot robot) {
        Node list = robot.lookup("#quiz-order-list").query();
        try { // the rows are measured in one layout and the list grows in the next
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#quiz-order-row-4").tryQuery().filter(row -> inside(row, list)).isPresent());
        } catch (java.util.concurrent.TimeoutException notYet) {
            // the assertions below say which row is out of sight
        }
        Bounds frame = list.localToScene(list.getLayoutBounds());
        for (int i = 0; i < 5; i++) {
            Node row = robot.lookup("#quiz-order-row-" + i).query();
            assertTrue(inside(row, list), "row " + (i + 1) + " " + row.localToScene(row.getLayoutBounds())
                    + " is inside the list " + frame);
        }
    }

    private static boolean inside(Node row, Node list) {
        Bounds frame = list.localToScene(list.getLayoutBounds());
        Bounds at = row.localToScene(row.getLayoutBounds());
        return row.isVisible() && at.getMinY() >= frame.getMinY() - 0.5 && at.getMaxY() <= frame.getMaxY() + 0.5;
    }
}
