package org.timeatlas.atlas;

/** One entry of the legend: who controls a territory (or, for overlays, what zone it is). */
public record Status(String id, String colour, Pattern pattern, LocalizedText label, LocalizedText description,
                     boolean overlay) {
}
