package org.timeatlas.maptool;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The approximate zones Russian forces held beyond South Ossetia and Abkhazia in August–October 2008.
 * No source has their outlines; each is built from a distance to the breakaway boundary, limited to a
 * distance from the town it centred on, so that it covers the places it is known to have included.
 * All are clipped to the rest of Georgia, so they lie on top of {@code georgia-rest}.
 */
final class WarZones2008 {

    /** How far the zones reached beyond the breakaway boundaries. */
    static final double REACH_METRES = 20_000;
    /**
     * How far along the boundary the zone around Gori reached, from Gori: Karaleti, Tkviavi, Variani and
     * Ergneti in the west and north, the highway checkpoint at Igoeti in the east.
     */
    static final double GORI_SPREAD_METRES = 27_000;
    static final double GORI_TOWN_METRES = 4_000;
    /** How far the western zone reached from Zugdidi: Ganmukhuri, Anaklia, Khurcha, not up into Svaneti. */
    static final double ZUGDIDI_SPREAD_METRES = 30_000;
    static final double POTI_SENAKI_METRES = 7_000;

    private final MetricProjection metric;
    private final Gazetteer gazetteer;

    WarZones2008(MetricProjection metric, Gazetteer gazetteer) {
        this.metric = metric;
        this.gazetteer = gazetteer;
    }

    List<TerritoryShape> build(Geometry georgiaRest, Geometry abkhazia, Geometry southOssetia) {
        Coordinate goriTown = gazetteer.geonamesPoint(Gazetteer.GORI);
        Geometry gori = Geometries.union(
                Geometries.intersection(metric.buffer(southOssetia, REACH_METRES),
                        metric.circle(goriTown, GORI_SPREAD_METRES)),
                metric.circle(goriTown, GORI_TOWN_METRES));
        gori = Geometries.intersection(gori, georgiaRest);

        Geometry west = Geometries.intersection(Geometries.intersection(metric.buffer(abkhazia, REACH_METRES),
                metric.circle(gazetteer.geonamesPoint(Gazetteer.ZUGDIDI), ZUGDIDI_SPREAD_METRES)), georgiaRest);

        Geometry potiSenaki = Geometries.union(
                metric.circle(gazetteer.geonamesPoint(Gazetteer.POTI), POTI_SENAKI_METRES),
                metric.circle(gazetteer.geonamesPoint(Gazetteer.SENAKI), POTI_SENAKI_METRES));
        potiSenaki = Geometries.difference(Geometries.intersection(potiSenaki, georgiaRest), west);

        return List.of(
                new TerritoryShape("buffer-zone-gori", gori, true, false),
                new TerritoryShape("buffer-zone-west", west, true, false),
                new TerritoryShape("poti-senaki", potiSenaki, true, false));
    }
}
