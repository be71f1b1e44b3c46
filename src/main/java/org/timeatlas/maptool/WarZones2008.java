package org.timeatlas.maptool;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The approximate zones Russian forces held beyond South Ossetia and Abkhazia in August–October 2008.
 * No source has their outlines; each is built from a distance to the breakaway boundary, limited to a
 * distance from the town it centred on, so that it covers the places it is known to have included.
 * All are clipped to the rest of Georgia, so they lie on top of {@code georgia-rest}.
 *
 * <p>Around Gori there are two, because Russian forces held more before 22 August 2008 than after it:
 * {@code gori-zone-2008} is Gori town and the highway east of it to Igoeti (held 13–22 August), and
 * {@code buffer-zone-gori} the strip along the South Ossetian boundary north of Gori where they kept
 * checkpoints (Karaleti, Variani, Tkviavi) until October. The two do not overlap.
 */
final class WarZones2008 {

    /** How far the western zone reached beyond the Abkhaz boundary. */
    static final double REACH_METRES = 20_000;
    /**
     * How far the "security zone" Russian forces kept north of Gori from 22 August to October 2008 reached
     * beyond the South Ossetian boundary: its checkpoints at Karaleti, Variani and Tkviavi lay within about
     * 10 km of it.
     */
    static final double SECURITY_ZONE_REACH_METRES = 10_000;
    /** How far along the boundary that zone reached, from Gori: about Agara in the west, Ikoti in the east. */
    static final double GORI_SPREAD_METRES = 27_000;
    /** Gori town, held with the highway from 13 to 22 August 2008 and never part of the later zone. */
    static final double GORI_TOWN_METRES = 4_000;
    /** Half the width of the strip along the highway east of Gori that Russian forces held to Igoeti. */
    static final double HIGHWAY_METRES = 3_000;
    /** Igoeti, the furthest point on the highway towards Tbilisi that Russian forces held (15–22 August 2008). */
    static final Coordinate IGOETI = new Coordinate(44.40, 41.99);
    /** How far the western zone reached from Zugdidi: Ganmukhuri, Anaklia, Khurcha, not up into Svaneti. */
    static final double ZUGDIDI_SPREAD_METRES = 30_000;
    static final double POTI_SENAKI_METRES = 7_000;

    private final MetricProjection metric;
    private final Gazetteer gazetteer;

    WarZones2008(MetricProjection metric, Gazetteer gazetteer) {
        this.metric = metric;
        this.gazetteer = gazetteer;
    }

    /**
     * The land north of the line through Gori and Igoeti (the highway, roughly), extended west and east: the
     * security zone lay between the highway and South Ossetia, never south of the highway.
     */
    private static Geometry northOfHighway(Coordinate goriTown) {
        double north = 43.0;
        return Geometries.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(43.5, goriTown.y), goriTown, IGOETI, new Coordinate(44.8, IGOETI.y),
            new Coordinate(44.8, north), new Coordinate(43.5, north), new Coordinate(43.5, goriTown.y)});
    }

    List<TerritoryShape> build(Geometry georgiaRest, Geometry abkhazia, Geometry southOssetia) {
        Coordinate goriTown = gazetteer.geonamesPoint(Gazetteer.GORI);
        Geometry highway = metric.buffer(
                Geometries.FACTORY.createLineString(new Coordinate[] {goriTown, IGOETI}), HIGHWAY_METRES);
        Geometry goriZone = Geometries.intersection(
                Geometries.union(metric.circle(goriTown, GORI_TOWN_METRES), highway), georgiaRest);
        Geometry securityZone = Geometries.intersection(metric.buffer(southOssetia, SECURITY_ZONE_REACH_METRES),
                metric.circle(goriTown, GORI_SPREAD_METRES));
        securityZone = Geometries.intersection(securityZone, northOfHighway(goriTown));
        securityZone = Geometries.difference(Geometries.intersection(securityZone, georgiaRest), goriZone);

        Geometry west = Geometries.intersection(Geometries.intersection(metric.buffer(abkhazia, REACH_METRES),
                metric.circle(gazetteer.geonamesPoint(Gazetteer.ZUGDIDI), ZUGDIDI_SPREAD_METRES)), georgiaRest);

        Geometry potiSenaki = Geometries.union(
                metric.circle(gazetteer.geonamesPoint(Gazetteer.POTI), POTI_SENAKI_METRES),
                metric.circle(gazetteer.geonamesPoint(Gazetteer.SENAKI), POTI_SENAKI_METRES));
        potiSenaki = Geometries.difference(Geometries.intersection(potiSenaki, georgiaRest), west);

        return List.of(
                new TerritoryShape("buffer-zone-gori", securityZone, true, false),
                new TerritoryShape("gori-zone-2008", goriZone, true, false),
                new TerritoryShape("buffer-zone-west", west, true, false),
                new TerritoryShape("poti-senaki", potiSenaki, true, false));
    }
}
