package org.timeatlas.atlas.io;

/**
 * The size limits of the atlas format (docs/atlas-format.md, "Limits"). They keep checking any atlas within
 * 256 MB of memory and a few seconds, whatever a file holds; an atlas over a limit gets a problem, not a crash.
 */
public final class Limits {

    /** Largest file the program reads, in bytes (16 MiB). */
    public static final long FILE_BYTES = 16L << 20;
    /** Largest total of all files of one atlas, in bytes (32 MiB). */
    public static final long ATLAS_BYTES = 32L << 20;
    /** Most JSON values (objects, arrays, strings, numbers…; a position [x, y] counts as one) in one file. */
    public static final int VALUES_PER_FILE = 500_000;
    /** Most positions in all GeoJSON geometries of one atlas together. */
    public static final int POSITIONS = 1_000_000;
    /** Deepest nesting of arrays and objects in a file. */
    public static final int NESTING = 64;
    /** Longest string, in characters. */
    public static final int STRING_CHARS = 1_000_000;
    /** Longest number, in characters. */
    public static final int NUMBER_CHARS = 100;
    /** Most problems listed for one atlas; the rest are counted. */
    public static final int PROBLEMS = 1000;

    private Limits() {
    }
}
