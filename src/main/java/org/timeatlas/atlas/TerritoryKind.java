package org.timeatlas.atlas;

public enum TerritoryKind {
    /** An area whose control changes; histories cover the whole span. */
    TERRITORY,
    /** A zone drawn on top of territories (e.g. a peacekeeping zone); histories may have gaps. */
    OVERLAY
}
