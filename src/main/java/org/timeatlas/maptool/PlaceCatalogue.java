package org.timeatlas.maptool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * Builds {@code places.geojson} from the curated list {@code maptool/places.csv} (ids, ranks, kinds,
 * names) and the points of the sources or of cited pages ({@link CitedPoints}); it never makes up a
 * position.
 */
final class PlaceCatalogue {

    static final String RESOURCE = "/maptool/places.csv";

    /** What the catalogue found out while building: names not attested in GeoNames. */
    record Result(List<OutFeature> features, List<String> notes) {
    }

    private final Gazetteer gazetteer;

    PlaceCatalogue(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Result build() {
        List<OutFeature> features = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map<String, String> row : CsvResource.read(RESOURCE)) {
            String id = row.get("id");
            String source = row.get("source");
            String kind = source.substring(0, source.indexOf(':'));
            String key = source.substring(source.indexOf(':') + 1);
            String nameKa = row.get("name_ka");
            String nameRu = row.get("name_ru");
            Coordinate point = switch (kind) {
                case "geonames" -> gazetteer.geonamesPoint(key);
                case "ne-label" -> gazetteer.admin1Label(key);
                case "ne-breakaway" -> gazetteer.breakawayLabel(key);
                case "page" -> gazetteer.citedPoint(key);
                default -> throw new IllegalStateException(RESOURCE + ": unknown source '" + source + "' for " + id);
            };
            if (kind.equals("geonames")) {
                List<String> alternates = gazetteer.alternateNames(key);
                if (nameKa.isEmpty()) {
                    nameKa = onlyGeorgianName(alternates);
                }
                notes.addAll(unattested(id, "ka", nameKa, alternates));
                notes.addAll(unattested(id, "ru", nameRu, alternates));
            }
            Coordinate rounded = new Coordinate(round(point.x), round(point.y));
            features.add(new OutFeature(Geometries.FACTORY.createPoint(rounded), OutFeature.properties(
                    "id", id, "rank", Integer.parseInt(row.get("rank")), "kind", row.get("kind"),
                    "name_en", row.get("name_en"), "name_hi", row.get("name_hi"),
                    "name_ka", blankToNull(nameKa), "name_ru", blankToNull(nameRu))));
        }
        return new Result(features, notes);
    }

    private static List<String> unattested(String id, String language, String names, List<String> alternates) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(names.split(" / "))
                .filter(name -> !alternates.contains(name))
                .map(name -> id + ": name_" + language + " '" + name + "' not among GeoNames alternate names")
                .toList();
    }

    private static String onlyGeorgianName(List<String> alternates) {
        List<String> georgian = alternates.stream()
                .filter(n -> n.codePoints().allMatch(c -> c >= 0x10A0 && c <= 0x10FF)).toList();
        return georgian.size() == 1 ? georgian.get(0) : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static double round(double v) {
        double scale = Math.pow(10, GeoJsonOutput.DECIMALS);
        return Math.round(v * scale) / scale;
    }
}
