package org.timeatlas.maptool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;

/**
 * Points that no file of {@code ../shared/maps-source} has, each copied as written from a public page
 * that can be cited (a Wikipedia article or a copy of one), from the curated list
 * {@code maptool/cited-points.csv}: columns {@code key, lat, lon, page, article}. {@code lat} and
 * {@code lon} are the page's own degrees, minutes and seconds, e.g. {@code 42°11′32″N} and
 * {@code 43°52′35″E}; {@code page} is the address the figures were read from and {@code article} names
 * the article (language and title).
 */
final class CitedPoints {

    static final String RESOURCE = "/maptool/cited-points.csv";

    /** Longitudes and latitudes of the map tool's sources (maps-source README): a cited point must lie inside. */
    static final double WEST = 37.5;
    static final double EAST = 47.5;
    static final double SOUTH = 40.0;
    static final double NORTH = 44.5;

    private static final Pattern DMS = Pattern.compile(
            "(\\d{1,3})°(?:(\\d{1,2})[′'](?:(\\d{1,2}(?:\\.\\d+)?)[″\"])?)?([NSEW])");

    /** One cited point: where it is, and the page its figures were read from. */
    record CitedPoint(String key, Coordinate lonLat, String latAsWritten, String lonAsWritten, String page,
                      String article) {
    }

    private final Map<String, CitedPoint> byKey;

    private CitedPoints(Map<String, CitedPoint> byKey) {
        this.byKey = byKey;
    }

    /**
     * Reads the curated list.
     *
     * @throws IllegalStateException naming the resource and line when a row is malformed, repeats a key,
     *                               has no page, or lies outside the sources' box
     */
    static CitedPoints read() {
        Map<String, CitedPoint> byKey = new LinkedHashMap<>();
        List<Map<String, String>> rows = CsvResource.read(RESOURCE);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = RESOURCE + ": row " + (i + 1) + " (" + row.get("key") + ")";
            double lat = degrees(row.get("lat"), "NS", where);
            double lon = degrees(row.get("lon"), "EW", where);
            if (lon < WEST || lon > EAST || lat < SOUTH || lat > NORTH) {
                throw new IllegalStateException(where + ": " + lat + ", " + lon + " lies outside the box "
                        + WEST + "–" + EAST + " E, " + SOUTH + "–" + NORTH + " N");
            }
            String page = row.get("page");
            if (!page.startsWith("https://") && !page.startsWith("http://")) {
                throw new IllegalStateException(where + ": page must be the address the figures were read from");
            }
            if (row.get("article").isEmpty()) {
                throw new IllegalStateException(where + ": article must name the article the page shows");
            }
            CitedPoint point = new CitedPoint(row.get("key"), new Coordinate(lon, lat), row.get("lat"),
                    row.get("lon"), page, row.get("article"));
            if (byKey.put(point.key(), point) != null) {
                throw new IllegalStateException(where + ": key repeated");
            }
        }
        return new CitedPoints(Map.copyOf(byKey));
    }

    /** @throws IllegalStateException when the list has no such key */
    CitedPoint get(String key) {
        CitedPoint point = byKey.get(key);
        if (point == null) {
            throw new IllegalStateException(RESOURCE + ": no cited point '" + key + "'");
        }
        return point;
    }

    Map<String, CitedPoint> all() {
        return byKey;
    }

    /**
     * Decimal degrees of one coordinate written in degrees, minutes and seconds, e.g. {@code 41°41′40.92″N}
     * or {@code 42°07′N}; south and west are negative.
     *
     * @param hemispheres the letters allowed ("NS" for a latitude, "EW" for a longitude)
     * @throws IllegalStateException naming {@code where} when the text is not of that form
     */
    static double degrees(String text, String hemispheres, String where) {
        Matcher m = DMS.matcher(text == null ? "" : text.strip());
        if (!m.matches() || hemispheres.indexOf(m.group(4).charAt(0)) < 0) {
            throw new IllegalStateException(where + ": '" + text + "' is not degrees°minutes′seconds″ followed by "
                    + String.join(" or ", hemispheres.split("")));
        }
        double minutes = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
        double seconds = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
        if (minutes >= 60 || seconds >= 60) {
            throw new IllegalStateException(where + ": '" + text + "' has minutes or seconds of 60 or more");
        }
        double value = Integer.parseInt(m.group(1)) + minutes / 60 + seconds / 3600;
        char hemisphere = m.group(4).charAt(0);
        return hemisphere == 'S' || hemisphere == 'W' ? -value : value;
    }
}
