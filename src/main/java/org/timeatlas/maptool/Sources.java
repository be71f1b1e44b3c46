package org.timeatlas.maptool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The folder of source GeoJSON files ({@code ../shared/maps-source}); reads each file once. */
final class Sources {

    static final String COUNTRIES = "ne_10m_admin_0_countries";
    static final String BREAKAWAY = "ne_10m_admin_0_breakaway_disputed_areas";
    static final String LAND_BOUNDARIES = "ne_10m_admin_0_boundary_lines_land";
    static final String ADMIN1_LABELS = "ne_10m_admin_1_label_points";
    static final String GB_ADM1 = "geoboundaries_GEO_ADM1";
    static final String GB_ADM2 = "geoboundaries_GEO_ADM2";
    static final String NE_PLACES = "ne_10m_populated_places";
    static final String GEONAMES = "geonames_cities1000";
    static final String RIVERS = "ne_10m_rivers_lake_centerlines";
    static final String RIVERS_EUROPE = "ne_10m_rivers_europe";
    static final String LAKES = "ne_10m_lakes";
    static final String LAKES_EUROPE = "ne_10m_lakes_europe";
    static final String OCEAN = "ne_10m_ocean";
    static final String MARINE_AREAS = "ne_10m_geography_marine_polys";
    static final String ELEVATION_POINTS = "ne_10m_geography_regions_elevation_points";

    private final Path folder;
    private final Map<String, SourceLayer> cache = new HashMap<>();

    Sources(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("source folder not found: " + folder.toAbsolutePath());
        }
        this.folder = folder;
    }

    SourceLayer layer(String baseName) {
        return cache.computeIfAbsent(baseName, n -> SourceLayer.read(folder.resolve(n + ".geojson")));
    }
}
