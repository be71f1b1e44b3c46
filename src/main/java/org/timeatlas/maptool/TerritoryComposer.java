package org.timeatlas.maptool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds the territory outlines from the sources. The Natural Earth polygons (Georgia, Abkhazia,
 * South Ossetia) give the outer edges; geoBoundaries districts give Gali, Akhalgori and Adjara,
 * snapped to those edges; hand-drawn outlines give what no source has (upper Kodori, Liakhvi villages).
 */
final class TerritoryComposer {

    /** Simplification of the detailed geoBoundaries outlines before use, in degrees (~200 m). */
    static final double DISTRICT_TOLERANCE = 0.002;
    /** Polygons smaller than this (about 5 km²) are slivers. */
    static final double SLIVER_AREA = 0.0005;

    /**
     * geoBoundaries' Gali/Ochamchire line reaches the coast a few hundred metres from the centre of
     * Ochamchire town, leaving the town in Gali; this much around the town stays with Abkhazia.
     */
    static final double OCHAMCHIRE_TOWN_METRES = 2_000;

    static final Set<String> APPROXIMATE = Set.of("upper-kodori", "liakhvi-villages");

    private final Sources sources;
    private final HandDrawnOutlines handDrawn;
    private final MetricProjection metric;
    private final DistrictSnapper snapper = new DistrictSnapper(0.003, 0.12);

    TerritoryComposer(Sources sources, HandDrawnOutlines handDrawn, MetricProjection metric) {
        this.sources = sources;
        this.handDrawn = handDrawn;
        this.metric = metric;
    }

    ComposedTerritories compose() {
        Gazetteer gazetteer = new Gazetteer(sources);
        Geometry georgia = sources.layer(Sources.COUNTRIES).geometry("name", "Georgia");
        SourceLayer breakaway = sources.layer(Sources.BREAKAWAY);
        Geometry abkhaziaAll = Geometries.intersection(breakaway.geometry("BRK_A3", "B35"), georgia);
        Geometry ossetiaAll = Geometries.intersection(breakaway.geometry("BRK_A3", "B37"), georgia);
        Map<String, Geometry> adm1 = districts(Sources.GB_ADM1);
        Map<String, Geometry> adm2 = districts(Sources.GB_ADM2);

        Map<String, Geometry> abkhazShares = snapper.share(abkhaziaAll, DistrictSnapper.districtsOf(abkhaziaAll, adm2));
        Geometry gali = Geometries.difference(abkhazShares.get("Gali"),
                metric.circle(gazetteer.geonamesPoint(Gazetteer.OCHAMCHIRE), OCHAMCHIRE_TOWN_METRES));
        Geometry kodoriDistricts = Geometries.union(abkhazShares.get("Gulripshi"), abkhazShares.get("Ochamchire"));
        Geometry upperKodori = Geometries.intersection(kodoriDistricts, handDrawn.get("upper-kodori-extent"));
        Geometry abkhazia = Geometries.difference(Geometries.difference(abkhaziaAll, gali), upperKodori);

        Map<String, Geometry> ossetianShares = snapper.share(ossetiaAll, DistrictSnapper.districtsOf(ossetiaAll, adm2));
        Geometry akhalgori = ossetianShares.get("Akhalgori");
        Geometry liakhvi = Geometries.difference(
                Geometries.intersection(handDrawn.get("liakhvi-villages"), ossetiaAll), akhalgori);
        Geometry southOssetia = Geometries.difference(Geometries.difference(ossetiaAll, akhalgori), liakhvi);

        Geometry rest = Geometries.difference(georgia, Geometries.union(abkhaziaAll, ossetiaAll));
        Geometry adjara = snapper.share(rest, DistrictSnapper.districtsOf(rest, adm1)).get("Adjara");
        Geometry georgiaRest = Geometries.difference(rest, adjara);

        Map<String, Geometry> tiling = new LinkedHashMap<>();
        tiling.put("abkhazia", abkhazia);
        tiling.put("gali", gali);
        tiling.put("upper-kodori", upperKodori);
        tiling.put("south-ossetia", southOssetia);
        tiling.put("akhalgori", akhalgori);
        tiling.put("liakhvi-villages", liakhvi);
        tiling.put("adjara", adjara);
        tiling.put("georgia-rest", georgiaRest);
        new SliverMerger(SLIVER_AREA).merge(tiling);

        List<TerritoryShape> shapes = new ArrayList<>();
        tiling.forEach((id, g) -> shapes.add(new TerritoryShape(id, g, APPROXIMATE.contains(id), true)));
        for (TerritoryShape zone : new WarZones2008(metric, gazetteer)
                .build(tiling.get("georgia-rest"), abkhaziaAll, ossetiaAll)) {
            shapes.add(withoutSlivers(zone));
        }
        for (TerritoryShape overlay : new PeacekeepingOverlays(metric, gazetteer).build(georgia, abkhaziaAll)) {
            shapes.add(withoutSlivers(overlay));
        }
        return new ComposedTerritories(georgia, List.copyOf(shapes));
    }

    private Map<String, Geometry> districts(String layer) {
        Map<String, Geometry> byName = new LinkedHashMap<>();
        for (SourceFeature f : sources.layer(layer).features()) {
            Geometry simplified = Geometries.valid(
                    Geometries.simplify(Geometries.valid(f.geometry()), DISTRICT_TOLERANCE));
            byName.merge(f.text("shapeName"), simplified, Geometries::union);
        }
        return byName;
    }

    private static TerritoryShape withoutSlivers(TerritoryShape s) {
        Geometry cleaned = Geometries.withoutSlivers(s.geometry(), SLIVER_AREA);
        return new TerritoryShape(s.id(), cleaned, s.approximate(), s.tiling());
    }
}
