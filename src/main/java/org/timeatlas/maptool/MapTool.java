package org.timeatlas.maptool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project's map tool: reads the source GeoJSON files ({@code ../shared/maps-source}) and writes the
 * base layers, territory outlines and place labels of the embedded atlas
 * ({@code maps/georgia-1991-2008}).
 *
 * <pre>MapTool [SOURCE_DIR [ATLAS_DIR]]</pre>
 */
public final class MapTool {

    static final String DEFAULT_SOURCE = "../shared/maps-source";
    static final String DEFAULT_ATLAS = "maps/georgia-1991-2008";

    private final Path sourceDir;
    private final Path atlasDir;

    MapTool(Path sourceDir, Path atlasDir) {
        this.sourceDir = sourceDir;
        this.atlasDir = atlasDir;
    }

    public static void main(String[] args) {
        Path source = Path.of(args.length > 0 ? args[0] : DEFAULT_SOURCE);
        Path atlas = Path.of(args.length > 1 ? args[1] : DEFAULT_ATLAS);
        try {
            new MapTool(source, atlas).run().print(System.out);
        } catch (RuntimeException e) {
            System.err.println("map tool: " + e.getMessage());
            System.exit(1);
        }
    }

    Summary run() {
        Sources sources = new Sources(sourceDir);
        GeoJsonOutput output = new GeoJsonOutput();
        Summary summary = new Summary();

        for (Map.Entry<String, List<OutFeature>> layer : new BaseLayers(sources).build().entrySet()) {
            write(output, summary, layer.getKey(), layer.getValue());
        }

        MetricProjection metric = new MetricProjection(MetricProjection.GEORGIA_LCC);
        ComposedTerritories territories =
                new TerritoryComposer(sources, HandDrawnOutlines.load(), metric).compose();
        List<OutFeature> outlines = new ArrayList<>();
        for (TerritoryShape shape : territories.shapes()) {
            outlines.add(new OutFeature(Geometries.round(shape.geometry(), GeoJsonOutput.DECIMALS),
                    OutFeature.properties("id", shape.id(), "approximate", shape.approximate())));
            summary.territoryArea(shape.id(), metric.areaKm2(shape.geometry()));
        }
        write(output, summary, "territories.geojson", outlines);

        PlaceCatalogue.Result places = new PlaceCatalogue(new Gazetteer(sources)).build();
        write(output, summary, "places.geojson", places.features());
        places.notes().forEach(summary::note);
        return summary;
    }

    private void write(GeoJsonOutput output, Summary summary, String file, List<OutFeature> features) {
        long bytes = output.write(atlasDir.resolve(file), features);
        summary.file(file, features, bytes);
    }
}
