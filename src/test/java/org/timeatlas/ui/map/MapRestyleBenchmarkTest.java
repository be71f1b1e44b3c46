package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeatlas.geo.MapTestAtlas.at;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.geo.MapTestAtlas;

@ExtendWith(ApplicationExtension.class)
class MapRestyleBenchmarkTest {

    private static final int CHANGES = 1000;
    private MapFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new MapFixture(MapTestAtlas.atlas(), at("1989-01-02"), stage);
    }

    @Test
    void aThousandMomentChangesAverageUnderTwoMillisecondsAndBuildNoNodes(FxRobot robot) {
        LocalDateTime start = fixture.atlas.info().start();
        long minutesInSpan = java.time.Duration.between(start, fixture.atlas.info().end()).toMinutes();
        AtomicLong nanos = new AtomicLong();
        int[] nodes = new int[2];
        robot.interact(() -> {
            for (int warmUp = 0; warmUp < 200; warmUp++) {
                fixture.state.setMoment(start.plusMinutes(minutesInSpan * warmUp / 200));
            }
            // counted once the warm-up's moments have put the marks hidden at the opening moment into the scene
            // (they enter after the first frame or when first needed)
            nodes[0] = count(fixture.map);
            long begin = System.nanoTime();
            for (int i = 0; i < CHANGES; i++) {
                // sweeps the span back and forth so territories, overlays and markers all change
                long step = (long) i * 37 % CHANGES;
                fixture.state.setMoment(start.plusMinutes(minutesInSpan * step / CHANGES));
            }
            nanos.set(System.nanoTime() - begin);
            nodes[1] = count(fixture.map);
        });
        double averageMillis = nanos.get() / 1e6 / CHANGES;
        System.out.printf("map restyle: %.4f ms per moment change%n", averageMillis);
        assertTrue(averageMillis < 2, "average " + averageMillis + " ms");
        assertEquals(nodes[0], nodes[1], "no node is built or removed by a change of moment");
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
