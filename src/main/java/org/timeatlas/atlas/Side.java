package org.timeatlas.atlas;

/** A party whose forces move on the map (e.g. Georgian forces), with the colour its movements are drawn in. */
public record Side(String id, LocalizedText name, String colour) {
}
