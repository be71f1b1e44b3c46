package org.timeatlas.atlas;

import java.util.Optional;

/**
 * The part of the map a tour step shows: {@code bounds} is the lon/lat box in degrees (west &gt; east crosses the
 * 180° meridian, as in {@link Bounds}). {@code viewId} says where the box came from: {@link #HOME} for the atlas's
 * home box, the id of a focus view of atlas.json (usable at any moment, not only inside its focus period), or
 * null for a box written in the step itself.
 */
public record TourView(String viewId, Bounds bounds) {

    /** The view id that names the atlas's home box. */
    public static final String HOME = "home";

    public boolean isHome() {
        return HOME.equals(viewId);
    }

    /** The id of the focus view (map preset) this view is, if it is one. */
    public Optional<String> presetId() {
        return viewId == null || isHome() ? Optional.empty() : Optional.of(viewId);
    }
}
