package org.timeatlas.maptool;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Looks up named points in the sources: GeoNames by id, Natural Earth places and admin-1 label points by
 * name, and the cited points of {@code maptool/cited-points.csv} (for places no source file has) by key.
 */
final class Gazetteer {

    static final String TSKHINVALI = "611403";
    static final String GORI = "614455";
    static final String POTI = "612366";
    static final String SENAKI = "612053";
    static final String ZUGDIDI = "610824";
    static final String OCHAMCHIRE = "612652";

    private final Sources sources;
    private final CitedPoints cited;

    Gazetteer(Sources sources) {
        this(sources, CitedPoints.read());
    }

    Gazetteer(Sources sources, CitedPoints cited) {
        this.sources = sources;
        this.cited = cited;
    }

    /** A point read from a cited page (see {@link CitedPoints}). */
    Coordinate citedPoint(String key) {
        return cited.get(key).lonLat();
    }

    SourceFeature geonames(String geonameId) {
        return sources.layer(Sources.GEONAMES).one("geonameid", geonameId);
    }

    Coordinate geonamesPoint(String geonameId) {
        return geonames(geonameId).geometry().getCoordinate();
    }

    /** The alternate names GeoNames lists for a place. */
    List<String> alternateNames(String geonameId) {
        String names = geonames(geonameId).text("alternatenames");
        return names == null ? List.of() : Arrays.asList(names.split(","));
    }

    Coordinate naturalEarthPlace(String name) {
        return sources.layer(Sources.NE_PLACES).one("NAME", name).geometry().getCoordinate();
    }

    Coordinate admin1Label(String name) {
        return sources.layer(Sources.ADMIN1_LABELS).one("name", name).geometry().getCoordinate();
    }

    /** A label point for a Natural Earth breakaway polygon: its centroid, else an interior point. */
    Coordinate breakawayLabel(String name) {
        Geometry area = sources.layer(Sources.BREAKAWAY).geometry("BRK_NAME", name);
        Geometry centroid = area.getCentroid();
        return area.contains(centroid) ? centroid.getCoordinate() : area.getInteriorPoint().getCoordinate();
    }
}
