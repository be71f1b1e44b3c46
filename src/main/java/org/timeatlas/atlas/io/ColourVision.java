package org.timeatlas.atlas.io;

import java.util.List;

/**
 * How alike two colours look to people with normal colour vision and with the three full colour-vision
 * deficiencies, simulated with the matrices of Machado, Oliveira and Fernandes, "A Physiologically-based Model
 * for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009 (severity 1.0, applied in linear sRGB).
 * Differences are CIE 1976 ΔE*ab in CIELAB (D65).
 */
public final class ColourVision {

    /** Colours closer than this for some viewer count as easily confused. */
    static final double LEAST_DIFFERENCE = 15;

    /** One kind of colour vision and its simulation matrix. */
    public record Viewer(String name, double[][] matrix) {
    }

    static final List<Viewer> VIEWERS = List.of(
            new Viewer("anyone", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
            new Viewer("a viewer with protanopia", new double[][] {
                {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
            new Viewer("a viewer with deuteranopia", new double[][] {
                {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
            new Viewer("a viewer with tritanopia", new double[][] {
                {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}));

    private ColourVision() {
    }

    /** A viewer and how different two colours look to them. */
    public record Closest(Viewer viewer, double difference) {
    }

    /**
     * The viewer to whom {@code a} and {@code b} (#RRGGBB) look most alike and their difference then; normal
     * colour vision when the two are already too alike for it.
     */
    public static Closest closest(String a, String b) {
        Viewer normal = VIEWERS.get(0);
        double forEveryone = distance(lab(a, normal), lab(b, normal));
        if (forEveryone < LEAST_DIFFERENCE) {
            return new Closest(normal, forEveryone);
        }
        Closest closest = null;
        for (Viewer viewer : VIEWERS) {
            double difference = distance(lab(a, viewer), lab(b, viewer));
            if (closest == null || difference < closest.difference()) {
                closest = new Closest(viewer, difference);
            }
        }
        return closest;
    }

    private static double[] lab(String hex, Viewer viewer) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double[] seen = new double[3];
        for (int row = 0; row < 3; row++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                sum += viewer.matrix()[row][k] * linear[k];
            }
            seen[row] = Math.max(0, Math.min(1, sum));
        }
        double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
        double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
        double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
