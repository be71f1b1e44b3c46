package org.timeatlas.atlas;

/** A named map view (e.g. one theatre of a war) the user can jump to. */
public record MapPreset(String id, LocalizedText name, Bounds bounds) {
}
