package org.timeatlas.atlas.io;

/** One thing wrong with an atlas, at a place a person can find: file (relative to the atlas), line, column. */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }
}
