package org.timeatlas.atlas;

/** A fill pattern drawn over a status colour so statuses differ for colour-blind viewers too. */
public enum Pattern {
    NONE, HATCH, CROSSHATCH, DOTS
}
