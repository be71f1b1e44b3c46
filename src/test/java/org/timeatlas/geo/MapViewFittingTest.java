package org.timeatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MapViewFittingTest {

    @Test
    void fittingInsideCentresTheBoxInThePartLeftFreeAboveABottomStrip() {
        WorldBox box = new WorldBox(0, 0, 1000, 200);
        MapView view = MapView.fittingInside(box, 800, 600, 0, 0, 200, 0, 10);
        assertEquals(10, view.toScreenX(0), 1e-6);
        assertEquals(790, view.toScreenX(1000), 1e-6);
        assertEquals(200, (view.toScreenY(0) + view.toScreenY(200)) / 2, 1e-6,
                "centred in the 400 px above the 200 px strip");
    }

    @Test
    void fittingInsideWithoutStripsIsPlainFitting() {
        WorldBox box = new WorldBox(-50, 20, 450, 300);
        assertEquals(MapView.fitting(box, 640, 480, 24), MapView.fittingInside(box, 640, 480, 0, 0, 0, 0, 24));
    }
}
