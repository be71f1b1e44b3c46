package org.timeatlas.atlas;

/** A labelled point on the map; rank 1 is the most important. kind: capital, town, village, region, site (a base, tunnel, river mouth, valley). */
public record Place(String id, LocalizedText name, GeoPoint location, int rank, String kind) {
}
