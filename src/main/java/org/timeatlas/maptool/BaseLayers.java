package org.timeatlas.maptool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Builds the background layers ({@code base/*.geojson}) from the Natural Earth sources. */
final class BaseLayers {

    /** Simplification tolerance in degrees (~200 m): keeps the look at about 1:1,000,000. */
    static final double TOLERANCE = 0.002;

    private final Sources sources;

    BaseLayers(Sources sources) {
        this.sources = sources;
    }

    /** File (relative to the atlas folder) to features, in drawing order. */
    Map<String, List<OutFeature>> build() {
        Map<String, List<OutFeature>> layers = new LinkedHashMap<>();
        layers.put("base/sea.geojson", sea());
        layers.put("base/land.geojson", land());
        layers.put("base/lakes.geojson", lakes());
        layers.put("base/rivers.geojson", rivers());
        layers.put("base/borders.geojson", borders());
        layers.put("base/relief.geojson", relief());
        return layers;
    }

    private List<OutFeature> sea() {
        List<SourceFeature> seas = sources.layer(Sources.MARINE_AREAS).features();
        List<OutFeature> out = new ArrayList<>();
        for (SourceFeature ocean : sources.layer(Sources.OCEAN).features()) {
            for (Polygon part : Geometries.polygons(Geometries.valid(ocean.geometry()))) {
                Geometry shape = area(part);
                if (!shape.isEmpty()) {
                    out.add(new OutFeature(shape, OutFeature.properties("name", nameOfLargestOverlap(part, seas))));
                }
            }
        }
        return out;
    }

    private List<OutFeature> land() {
        SourceLayer countries = sources.layer(Sources.COUNTRIES);
        List<OutFeature> out = new ArrayList<>();
        for (Map<String, String> row : CsvResource.read("/maptool/neighbours.csv")) {
            SourceFeature country = countries.one("name", row.get("name"));
            out.add(new OutFeature(area(country.geometry()),
                    OutFeature.properties("name", row.get("name"), "name_hi", row.get("name_hi"),
                            "name_ru", country.text("name_ru"))));
        }
        return out;
    }

    private List<OutFeature> lakes() {
        List<OutFeature> out = new ArrayList<>();
        for (String layer : List.of(Sources.LAKES, Sources.LAKES_EUROPE)) {
            for (SourceFeature lake : sources.layer(layer).features()) {
                Geometry shape = area(lake.geometry());
                if (!shape.isEmpty()) {
                    out.add(new OutFeature(shape, OutFeature.properties("name", lake.text("name"))));
                }
            }
        }
        return out;
    }

    private List<OutFeature> rivers() {
        List<OutFeature> out = new ArrayList<>();
        for (String layer : List.of(Sources.RIVERS, Sources.RIVERS_EUROPE)) {
            for (SourceFeature river : sources.layer(layer).features()) {
                out.add(new OutFeature(line(river.geometry()), OutFeature.properties("name", river.text("name"))));
            }
        }
        return out;
    }

    private List<OutFeature> borders() {
        List<OutFeature> out = new ArrayList<>();
        for (SourceFeature border : sources.layer(Sources.LAND_BOUNDARIES).features()) {
            String name = border.text("adm0_left") + " – " + border.text("adm0_right");
            out.add(new OutFeature(line(border.geometry()), OutFeature.properties("name", name)));
        }
        return out;
    }

    private List<OutFeature> relief() {
        List<OutFeature> out = new ArrayList<>();
        for (SourceFeature peak : sources.layer(Sources.ELEVATION_POINTS).features()) {
            Object elevation = peak.properties().get("elevation");
            out.add(new OutFeature(Geometries.round(peak.geometry(), GeoJsonOutput.DECIMALS),
                    OutFeature.properties("name", peak.text("name"), "elevation",
                            elevation instanceof Number n ? (Object) Math.round(n.doubleValue()) : null)));
        }
        return out;
    }

    private static Geometry area(Geometry g) {
        Geometry simplified = Geometries.valid(Geometries.simplify(Geometries.valid(g), TOLERANCE));
        return Geometries.round(simplified, GeoJsonOutput.DECIMALS);
    }

    private static Geometry line(Geometry g) {
        return Geometries.round(Geometries.simplify(g, TOLERANCE), GeoJsonOutput.DECIMALS);
    }

    private static String nameOfLargestOverlap(Geometry g, List<SourceFeature> named) {
        String best = null;
        double bestArea = 0;
        for (SourceFeature f : named) {
            double overlap = Geometries.intersection(Geometries.valid(f.geometry()), g).getArea();
            if (overlap > bestArea) {
                bestArea = overlap;
                best = f.text("name");
            }
        }
        return best;
    }
}
