package org.timeatlas.atlas.io;

/**
 * One thing wrong with an atlas, at a place a person can find: file (relative to the atlas), line, column.
 * The file name and message are escaped with {@link PlainText} when the problem is made, so whatever an atlas
 * contains, a problem prints as one safe line.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    public Problem {
        file = PlainText.escape(file);
        message = PlainText.escape(message);
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

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
