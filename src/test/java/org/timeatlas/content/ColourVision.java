package org.timeatlas.content;

/**
 * How far apart two colours look to people with normal vision and with each of the three
 * dichromacies, simulated with the matrices of Machado, Oliveira and Fernandes (2009, severity 1.0)
 * in linear sRGB and compared as CIE76 ΔE in CIELAB (D65).
 */
final class ColourVision {

    private static final double[][][] SIMULATIONS = {
        {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
    };

    private ColourVision() {
    }

    /** The smallest ΔE between two "#RRGGBB" colours over normal vision, protanopia, deuteranopia and tritanopia. */
    static double closestDifference(String a, String b) {
        double closest = Double.MAX_VALUE;
        for (double[][] simulation : SIMULATIONS) {
            closest = Math.min(closest, distance(lab(simulate(simulation, linear(a))), lab(simulate(simulation, linear(b)))));
        }
        return closest;
    }

    private static double[] linear(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return rgb;
    }

    private static double[] simulate(double[][] m, double[] rgb) {
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            out[r] = Math.max(0, Math.min(1, m[r][0] * rgb[0] + m[r][1] * rgb[1] + m[r][2] * rgb[2]));
        }
        return out;
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
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
