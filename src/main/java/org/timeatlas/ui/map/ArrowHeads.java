package org.timeatlas.ui.map;

/**
 * The arrowhead of each side's movements, a shape of its own for each side in atlas order, so that the sides are
 * told apart without their colours (red and green sides merge for a viewer with deuteranopia or protanopia): a
 * plain triangle, a deep barbed chevron, a broad-backed head, and a long narrow one, then again. Points are at their size
 * at 100 %, pointing along +x with the tip at (0, 0).
 */
final class ArrowHeads {

    /** How far behind the tip the line may end under each head, in pixels at 100 %. */
    static final double LINE_END = 9.6;

    private static final double[][] HEADS = {
        {0, 0, -16, -9, -16, 9},
        {0, 0, -20, -10, -6, 0, -20, 10},
        {0, 0, -9, -9, -17, -9, -17, 9, -9, 9},
        {0, 0, -22, -6.5, -22, 6.5},
    };

    private ArrowHeads() {
    }

    /** The head of the side at {@code sideIndex} (0 the first side of the atlas) as polygon points. */
    static double[] of(int sideIndex) {
        return HEADS[Math.floorMod(sideIndex, HEADS.length)].clone();
    }
}
