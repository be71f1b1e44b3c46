package org.timeatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MapViewTest {

    private final MapView view = new MapView(1000, -2000, 250, 800, 600);

    @Test
    void screenAndWorldRoundTrip() {
        for (double[] screen : new double[][] {{0, 0}, {800, 600}, {123.4, 567.8}, {-50, 900}}) {
            double x = view.toWorldX(screen[0]);
            double y = view.toWorldY(screen[1]);
            assertEquals(screen[0], view.toScreenX(x), 1e-9);
            assertEquals(screen[1], view.toScreenY(y), 1e-9);
        }
    }

    @Test
    void centreOfTheWorldViewIsCentreOfTheScreenAndNorthIsUp() {
        assertEquals(400, view.toScreenX(1000), 1e-9);
        assertEquals(300, view.toScreenY(-2000), 1e-9);
        assertTrue(view.toScreenY(-2000 + 1000) < 300, "a point further north is higher on screen");
        assertEquals(404, view.toScreenX(2000), 1e-9, "1000 m at 250 m/px is 4 px");
    }

    @Test
    void zoomingAroundAPointKeepsThatPointUnderTheCursor() {
        double worldX = view.toWorldX(100);
        double worldY = view.toWorldY(500);
        MapView zoomed = view.zoomedAround(100, 500, 2);
        assertEquals(125, zoomed.metresPerPixel(), 1e-9);
        assertEquals(100, zoomed.toScreenX(worldX), 1e-9);
        assertEquals(500, zoomed.toScreenY(worldY), 1e-9);
        MapView back = zoomed.zoomedAround(100, 500, 0.5);
        assertEquals(view.centerX(), back.centerX(), 1e-6);
        assertEquals(view.centerY(), back.centerY(), 1e-6);
    }

    @Test
    void panningMovesTheMapWithTheDrag() {
        double worldX = view.toWorldX(200);
        double worldY = view.toWorldY(200);
        MapView panned = view.panned(30, -40);
        assertEquals(230, panned.toScreenX(worldX), 1e-9);
        assertEquals(160, panned.toScreenY(worldY), 1e-9);
    }

    @Test
    void fittingShowsTheWholeBoxInsideTheMarginOnTheTighterSide() {
        WorldBox box = new WorldBox(-100_000, -50_000, 300_000, 150_000);
        MapView fit = MapView.fitting(box, 1000, 700, 20);
        // 400 km over 960 px vs 200 km over 660 px: the width decides
        assertEquals(400_000.0 / 960, fit.metresPerPixel(), 1e-9);
        assertEquals(20, fit.toScreenX(box.minX()), 1e-9);
        assertEquals(980, fit.toScreenX(box.maxX()), 1e-9);
        assertTrue(fit.toScreenY(box.maxY()) >= 20 && fit.toScreenY(box.minY()) <= 680);
        assertEquals(350, (fit.toScreenY(box.maxY()) + fit.toScreenY(box.minY())) / 2, 1e-9, "centred vertically");
    }

    @Test
    void visibleBoxIsWhatTheScreenCorners() {
        WorldBox visible = view.visibleBox();
        assertEquals(view.toWorldX(0), visible.minX(), 1e-9);
        assertEquals(view.toWorldY(0), visible.maxY(), 1e-9);
        assertEquals(800 * 250, visible.width(), 1e-6);
        assertEquals(600 * 250, visible.height(), 1e-6);
    }

    @Test
    void resizingKeepsCentreAndScale() {
        MapView resized = view.resized(1200, 300);
        assertEquals(view.centerX(), resized.centerX());
        assertEquals(view.metresPerPixel(), resized.metresPerPixel());
        assertEquals(600, resized.toScreenX(1000), 1e-9);
    }

    @Test
    void centreIsKeptInsideTheAllowedBox() {
        MapView far = view.panned(-1_000_000, 0).withCenterWithin(new WorldBox(-5000, -5000, 5000, 5000));
        assertEquals(5000, far.centerX(), 1e-9);
        assertEquals(-2000, far.centerY(), 1e-9);
    }
}
