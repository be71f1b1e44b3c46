package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.FocusPeriod;
import org.timeatlas.atlas.MapPreset;
import org.timeatlas.testing.TestAtlases;

/**
 * The five days of August 2008 at every 6-hour step, in the country view and both theatre views (the war's map
 * views in atlas.json), in English and Hindi, at the size the map takes in windows of 1600×900, 1920×1080 and
 * 1024×768: the one label pass never leaves two drawn names, or a name and a mark, overlapping.
 */
@ExtendWith(ApplicationExtension.class)
class WarLabelPlacementTest {

    /** The map's share of those windows: about 70 % of the width, less menus, toolbar and timeline. */
    private static final double[][] MAP_SIZES = {{1120, 690}, {1344, 860}, {716, 560}};
    private static final LocalDateTime FIRST = LocalDateTime.of(2008, 8, 7, 0, 0);
    private static final LocalDateTime LAST = LocalDateTime.of(2008, 8, 12, 18, 0);

    private final Atlas atlas = TestAtlases.embedded();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void noTwoNamesOverlapThroughTheFiveDays(FxRobot robot) {
        FocusPeriod war = atlas.info().focusAt(FIRST).orElseThrow();
        List<MapPreset> theatres = war.presets();
        assertEquals(2, theatres.size(), "South Ossetia and Abkhazia");
        Map<String, int[]> totals = new LinkedHashMap<>();
        List<String> overlaps = new ArrayList<>();
        for (double[] size : MAP_SIZES) {
            MapFixture[] fixture = new MapFixture[1];
            robot.interact(() -> {
                fixture[0] = new MapFixture(atlas, FIRST, stage, size[0], size[1]);
                fixture[0].state.setDayByDayMode(true);
            });
            MapPane map = fixture[0].map;
            for (String language : List.of("en", "hi")) {
                for (int v = -1; v < theatres.size(); v++) {
                    MapPreset theatre = v < 0 ? null : theatres.get(v);
                    String view = theatre == null ? "country" : theatre.id();
                    robot.interact(() -> {
                        fixture[0].state.setLanguage(language);
                        if (theatre == null) {
                            map.fitHome();
                        } else {
                            map.fitBounds(theatre.bounds());
                        }
                    });
                    for (LocalDateTime moment = FIRST; !moment.isAfter(LAST); moment = moment.plusHours(6)) {
                        LocalDateTime at = moment;
                        LabelPass.Report[] report = new LabelPass.Report[1];
                        robot.interact(() -> {
                            fixture[0].state.setMoment(at);
                            map.getScene().getRoot().applyCss();
                            map.getScene().getRoot().layout();
                            report[0] = map.labelReport();
                        });
                        String where = (int) size[0] + "×" + (int) size[1] + " " + language + " " + view + " " + at;
                        report[0].overlaps().forEach(pair -> overlaps.add(where + ": " + pair));
                        int[] sum = totals.computeIfAbsent((int) size[0] + " " + view, k -> new int[3]);
                        sum[0] += report[0].shown();
                        sum[1] += report[0].hidden();
                        sum[2]++;
                        assertTrue(report[0].shown() > 0, "names are shown at " + where);
                    }
                }
            }
            robot.interact(() -> map.dispose());
        }
        totals.forEach((key, sum) -> System.out.printf("label pass %s: %.1f shown, %.1f hidden per moment%n", key,
                (double) sum[0] / sum[2], (double) sum[1] / sum[2]));
        assertEquals(List.of(), overlaps, "names drawn over one another or over a mark");
    }
}
