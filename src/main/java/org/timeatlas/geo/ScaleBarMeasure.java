package org.timeatlas.geo;

/** A scale bar's length: a round number of kilometres (1, 2 or 5 × 10ⁿ) and the pixels it spans. */
public record ScaleBarMeasure(double kilometres, double pixels) {

    private static final double[] STEPS = {1, 2, 5};

    /** The longest round length that fits in {@code maxPixels} at {@code metresPerPixel}. */
    public static ScaleBarMeasure fitting(double metresPerPixel, double maxPixels) {
        double maxKilometres = maxPixels * metresPerPixel / 1000;
        double power = Math.pow(10, Math.floor(Math.log10(maxKilometres)));
        double best = power;
        for (double step : STEPS) {
            if (step * power <= maxKilometres) {
                best = step * power;
            }
        }
        return new ScaleBarMeasure(best, best * 1000 / metresPerPixel);
    }
}
