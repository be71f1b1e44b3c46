package org.timeatlas.maptool;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The peacekeeping zones drawn as overlays: the Joint Peacekeeping Forces' zone of conflict around
 * Tskhinvali, and the CIS security zone and restricted-weapons zone along the Abkhaz–Georgian line on
 * the lower Inguri/Enguri (Moscow Agreement of 14 May 1994: 12 km and a further 12 km each side).
 */
final class PeacekeepingOverlays {

    static final double JPKF_RADIUS_METRES = 15_000;
    static final double SECURITY_ZONE_METRES = 12_000;
    static final double RESTRICTED_ZONE_METRES = 24_000;
    /** The lower Inguri part of the Abkhaz line: from the Black Sea to where it leaves the valley. */
    static final Envelope LOWER_INGURI = new Envelope(41.0, 42.3, 42.0, 42.75);
    /** Boundary parts closer than this to the country's outline (coast, Russian border) are not the line. */
    static final double OUTLINE_MARGIN_DEGREES = 0.01;

    private final MetricProjection metric;
    private final Gazetteer gazetteer;

    PeacekeepingOverlays(MetricProjection metric, Gazetteer gazetteer) {
        this.metric = metric;
        this.gazetteer = gazetteer;
    }

    List<TerritoryShape> build(Geometry georgia, Geometry abkhazia) {
        Geometry jpkf = Geometries.intersection(
                metric.circle(gazetteer.geonamesPoint(Gazetteer.TSKHINVALI), JPKF_RADIUS_METRES), georgia);

        Geometry line = abkhazGeorgianLine(georgia, abkhazia);
        Geometry security = Geometries.intersection(metric.buffer(line, SECURITY_ZONE_METRES), georgia);
        Geometry restricted = Geometries.difference(
                Geometries.intersection(metric.buffer(line, RESTRICTED_ZONE_METRES), georgia), security);

        return List.of(
                new TerritoryShape("jpkf-zone", jpkf, true, false),
                new TerritoryShape("cis-security-zone", security, true, false),
                new TerritoryShape("cis-restricted-weapons-zone", restricted, true, false));
    }

    /** The part of Abkhazia's boundary that runs over land inside Georgia along the lower Inguri. */
    static Geometry abkhazGeorgianLine(Geometry georgia, Geometry abkhazia) {
        Geometry inland = georgia.buffer(-OUTLINE_MARGIN_DEGREES);
        Geometry line = Geometries.clip(abkhazia.getBoundary(), inland);
        return Geometries.clip(line, Geometries.FACTORY.toGeometry(LOWER_INGURI));
    }
}
