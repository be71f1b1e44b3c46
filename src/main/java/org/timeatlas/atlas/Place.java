package org.timeatlas.atlas;

/** A labelled point on the map; rank 1 is the most important. kind: capital, town, village, region. */
public record Place(String id, LocalizedText name, GeoPoint location, int rank, String kind) {
}
