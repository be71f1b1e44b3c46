package org.timeatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Pattern;
import org.timeatlas.atlas.Status;
import org.timeatlas.atlas.io.ColourVision;
import org.timeatlas.testing.TestAtlases;

/**
 * The map of the embedded atlas on the evening of 10 August 2008: overlays look unlike statuses and, where they
 * pile up along the Inguri/Enguri, are named outlines; the sides' arrows differ in shape, so a viewer who cannot
 * tell their colours apart (simulated on a snapshot) still can; the legend folds away.
 */
@ExtendWith(ApplicationExtension.class)
class LegibilityTest {

    private static final LocalDateTime EVENING = LocalDateTime.of(2008, 8, 10, 18, 0);

    private final Atlas atlas = TestAtlases.embedded();
    private MapFixture fixture;
    private MapPane map;

    @Start
    void start(Stage stage) {
        fixture = new MapFixture(atlas, EVENING, stage, 1120, 690);
        fixture.state.setDayByDayMode(true);
        map = fixture.map;
    }

    @Test
    void overlayPatternsAreUnlikeEveryStatusPattern() {
        for (Status overlay : atlas.statuses()) {
            if (!overlay.overlay() || overlay.pattern() == Pattern.NONE) {
                continue;
            }
            boolean[] zone = ink(PatternTile.drawOverlay(overlay.pattern(), Color.BLACK));
            for (Status status : atlas.statuses()) {
                if (status.overlay() || status.pattern() == Pattern.NONE) {
                    continue;
                }
                boolean[] fill = ink(PatternTile.draw(status.pattern(), Color.TRANSPARENT, Color.BLACK));
                double alike = overlapShare(zone, fill);
                assertTrue(alike < 0.5, overlay.id() + " looks like " + status.id() + ": " + alike + " of the ink shared");
            }
        }
    }

    @Test
    void overlaysThatPileUpAreNamedOutlinesNotStackedFills(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> piled = map.outlinedOverlayIds();
        assertEquals(Set.of("cis-security-zone", "cis-restricted-weapons-zone"), piled,
                "the two zones along the Inguri/Enguri lie against one another on 10 August");
        for (String id : piled) {
            assertNull(robot.lookup("#territory-" + id).queryAs(Path.class).getFill(), id + " is not filled");
        }
        List<String> dashes = new ArrayList<>();
        for (Node line : robot.lookup(".map-overlay-pile-line").queryAll()) {
            if (line.isVisible()) {
                dashes.add(((Path) line).getStrokeDashArray().toString());
            }
        }
        assertEquals(2, dashes.size());
        assertFalse(dashes.get(0).equals(dashes.get(1)), "each outline has a dash of its own: " + dashes);
        robot.interact(() -> map.fitBounds(new org.timeatlas.atlas.Bounds(41.4, 42.2, 42.3, 42.9)));
        WaitForAsyncUtils.waitForFxEvents();
        long named = robot.lookup(".map-overlay-pile-name").queryAllAs(Text.class).stream()
                .filter(Node::isVisible).filter(t -> !t.getText().isEmpty()).count();
        assertTrue(named >= 1, "zoomed in on Gali/Zugdidi, the zones are named on the map");
        assertEquals(List.of(), map.labelReport().overlaps());

        robot.interact(() -> fixture.state.setMoment(LocalDateTime.of(2008, 9, 5, 0, 0)));
        assertTrue(map.outlinedOverlayIds().isEmpty(), "once the zones have ended nothing is outlined");
    }

    @Test
    void sidesArrowsDifferInShapeWhereTheirColoursMergeForSomeViewers(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(null, null));
        Map<String, MovementLayer.Arrow> bySide = new LinkedHashMap<>();
        for (String id : map.shownMovementIds()) {
            MovementLayer.Arrow arrow = robot.lookup("#movement-" + id).queryAs(MovementLayer.Arrow.class);
            if (arrow.getOpacity() == 1) {
                bySide.putIfAbsent(arrow.movement.sideId(), arrow);
            }
        }
        assertTrue(bySide.keySet().containsAll(List.of("georgia", "russia", "abkhazia")), "sides drawn: " + bySide.keySet());
        Map<String, String> seen = new LinkedHashMap<>();
        bySide.forEach((side, arrow) -> seen.put(side, lineColour(shot[0], arrow)));
        List<String> sides = new ArrayList<>(bySide.keySet());
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                String a = sides.get(i);
                String b = sides.get(j);
                ColourVision.Closest closest = ColourVision.closest(seen.get(a), seen.get(b));
                double sameShape = overlapShare(mask(bySide.get(a).head), mask(bySide.get(b).head));
                System.out.printf("arrows %s %s vs %s %s: ΔE %.1f for %s; heads share %.2f%n", a, seen.get(a), b,
                        seen.get(b), closest.difference(), closest.viewer().name(), sameShape);
                // whatever the colours do for some viewer, the heads tell the sides apart; the Georgian side's most
                double most = a.equals("georgia") || b.equals("georgia") ? 0.6 : 0.7;
                assertTrue(sameShape < most, a + " and " + b + " have arrowheads alike: " + sameShape);
            }
        }
    }

    @Test
    void theLegendFoldsIntoOneButtonAndUnfolds(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double strip = robot.lookup(".map-legend").query().getBoundsInParent().getHeight();
        robot.clickOn("#map-legend-fold");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.legendFoldedProperty().get());
        Node legend = robot.lookup(".map-legend").query();
        assertTrue(legend.getBoundsInParent().getHeight() < strip, "folded, it is one button");
        assertFalse(robot.lookup("#map-legend-fold").query().isVisible());
        robot.interact(() -> map.legendFoldedProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(strip, robot.lookup(".map-legend").query().getBoundsInParent().getHeight(), 1);
    }

    /** The colour drawn under the middle point of an arrow's line, as #RRGGBB. */
    private static String lineColour(Image shot, MovementLayer.Arrow arrow) {
        List<Double> points = arrow.line.getPoints();
        int middle = points.size() / 4 * 2;
        javafx.geometry.Point2D at = arrow.line.localToScene(points.get(middle), points.get(middle + 1));
        Color c = shot.getPixelReader().getColor((int) Math.round(at.getX()), (int) Math.round(at.getY()));
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** Where a head is drawn, on a 1 px grid around its points at 100 %. */
    private static boolean[] mask(Polygon head) {
        boolean[] inside = new boolean[40 * 30];
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                inside[y * 40 + x] = head.contains(x - 30 + 0.5, y - 15 + 0.5);
            }
        }
        return inside;
    }

    private static boolean[] ink(Image tile) {
        int w = (int) tile.getWidth();
        int h = (int) tile.getHeight();
        boolean[] ink = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                ink[y * w + x] = tile.getPixelReader().getColor(x, y).getOpacity() > 0.4;
            }
        }
        return ink;
    }

    /** Intersection over union of two masks. */
    private static double overlapShare(boolean[] a, boolean[] b) {
        int both = 0;
        int either = 0;
        for (int i = 0; i < a.length; i++) {
            both += a[i] && b[i] ? 1 : 0;
            either += a[i] || b[i] ? 1 : 0;
        }
        return either == 0 ? 1 : (double) both / either;
    }
}
