package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.ui.Lenses;

/**
 * A change of lens restyles the pre-built shapes like a change of moment does: on the embedded atlas, a thousand
 * switches between its three lenses cost under the scrub budget of {@link MapRestyleBenchmarkTest} (2 ms) each and
 * build no node. The same loop of moment changes is measured alongside, to report the two figures together.
 */
@ExtendWith(ApplicationExtension.class)
class LensRestyleBenchmarkTest {

    private static final int CHANGES = 1000;
    private MapFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new MapFixture(TestAtlases.embedded(), LocalDateTime.of(2008, 8, 27, 0, 0), stage);
    }

    @Test
    void aThousandLensSwitchesCostNoMoreThanTheScrubBudgetAndBuildNoNodes(FxRobot robot) {
        List<String> lenses = Lenses.ids(fixture.atlas);
        assertEquals(3, lenses.size());
        LocalDateTime start = LocalDateTime.of(2008, 8, 1, 0, 0);
        double[] millis = new double[2];
        int[] nodes = new int[2];
        robot.interact(() -> {
            for (int warmUp = 0; warmUp < 300; warmUp++) {
                fixture.state.setLens(lenses.get(warmUp % lenses.size()));
                fixture.state.setMoment(start.plusHours(warmUp % 24 * 31));
            }
            fixture.state.setMoment(LocalDateTime.of(2008, 8, 27, 0, 0));
            // counted once the warm-up's moments have put the marks hidden at the opening moment into the scene
            // (they enter after the first frame or when first needed)
            nodes[0] = count(fixture.map);
            long begin = System.nanoTime();
            for (int i = 0; i < CHANGES; i++) {
                fixture.state.setLens(lenses.get(i % lenses.size()));
            }
            millis[0] = (System.nanoTime() - begin) / 1e6 / CHANGES;
            fixture.state.setLens(lenses.get(0));
            begin = System.nanoTime();
            for (int i = 0; i < CHANGES; i++) {
                // a month of war and aftermath swept back and forth, every few hours
                fixture.state.setMoment(start.plusHours((long) i * 37 % CHANGES));
            }
            millis[1] = (System.nanoTime() - begin) / 1e6 / CHANGES;
            nodes[1] = count(fixture.map);
        });
        System.out.printf("lens switch: %.4f ms; moment change: %.4f ms (embedded atlas, %d each)%n", millis[0],
                millis[1], CHANGES);
        assertTrue(millis[0] < 2, "a lens switch costs " + millis[0] + " ms on average");
        assertEquals(nodes[0], nodes[1], "no node is built or removed by a change of lens or moment");
    }

    private static int count(Node node) {
        int total = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                total += count(child);
            }
        }
        return total;
    }
}
