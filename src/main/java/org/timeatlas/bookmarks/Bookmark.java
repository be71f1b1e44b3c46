package org.timeatlas.bookmarks;

import java.time.LocalDateTime;

/**
 * A place in the atlas the user kept, with a note: the moment, the map's view and what was selected.
 *
 * @param id             unique among the bookmarks (the time it was made, to the nanosecond, as text)
 * @param moment         the moment shown
 * @param eventId        the selected event, or null
 * @param territoryId    the selected territory, or null
 * @param lon            the longitude of the map's centre in degrees, or NaN when the view was not known
 * @param lat            the latitude of the map's centre in degrees, or NaN
 * @param metresPerPixel the map's scale at its centre, in projected metres per screen pixel, or NaN
 * @param note           the user's note, possibly empty, never null
 */
public record Bookmark(String id, LocalDateTime moment, String eventId, String territoryId, double lon, double lat,
                       double metresPerPixel, String note) {

    public Bookmark {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(moment, "moment");
        note = note == null ? "" : note.strip();
    }

    /** Whether the map's view was kept. */
    public boolean hasView() {
        return !Double.isNaN(lon) && !Double.isNaN(lat) && !Double.isNaN(metresPerPixel);
    }

    public Bookmark withNote(String newNote) {
        return new Bookmark(id, moment, eventId, territoryId, lon, lat, metresPerPixel, newNote);
    }
}
