package org.timeatlas.atlas.io;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The items of a JSON array whose items are all arrays of two numbers (GeoJSON positions), kept as numbers and
 * packed places rather than as a tree: about 40 bytes a position instead of some 200, so large shapes fit the
 * memory limits. Items are made on demand and behave like any other {@link Json.JArray}. Immutable.
 */
final class PairList extends AbstractList<Json> implements RandomAccess {

    private final String file;
    private final double[] numbers;  // x0, y0, x1, y1, …
    private final long[] places;     // for each pair: its '[', its x, its y, each line << 32 | column

    private PairList(String file, double[] numbers, long[] places) {
        this.file = file;
        this.numbers = numbers;
        this.places = places;
    }

    @Override
    public Json get(int index) {
        int pair = index * 3;
        return new Json.JArray(location(places[pair]), List.of(
                new Json.JNumber(location(places[pair + 1]), numbers[2 * index]),
                new Json.JNumber(location(places[pair + 2]), numbers[2 * index + 1])));
    }

    @Override
    public int size() {
        return numbers.length / 2;
    }

    double x(int index) {
        return numbers[2 * index];
    }

    double y(int index) {
        return numbers[2 * index + 1];
    }

    static long pack(Json.Location location) {
        return ((long) location.line() << 32) | (location.column() & 0xffffffffL);
    }

    private Json.Location location(long packed) {
        return new Json.Location(file, (int) (packed >>> 32), (int) packed);
    }

    /** Collects pairs while an array is read. */
    static final class Builder {
        private final String file;
        private double[] numbers = new double[16];
        private long[] places = new long[24];
        private int pairs;

        Builder(String file) {
            this.file = file;
        }

        void add(Json.Location at, Json.Location xAt, double x, Json.Location yAt, double y) {
            if (2 * pairs + 2 > numbers.length) {
                numbers = Arrays.copyOf(numbers, numbers.length * 2);
                places = Arrays.copyOf(places, places.length * 2);
            }
            numbers[2 * pairs] = x;
            numbers[2 * pairs + 1] = y;
            places[3 * pairs] = pack(at);
            places[3 * pairs + 1] = pack(xAt);
            places[3 * pairs + 2] = pack(yAt);
            pairs++;
        }

        int size() {
            return pairs;
        }

        PairList build() {
            return new PairList(file, Arrays.copyOf(numbers, 2 * pairs), Arrays.copyOf(places, 3 * pairs));
        }
    }
}
