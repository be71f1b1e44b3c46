package org.timeatlas.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.timeatlas.LaunchOptions;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.Exporter;
import org.timeatlas.atlas.io.LoadResult;

/** {@code --export FILE.{csv,geojson,kml} [--date D] [--atlas DIR]}: writes open formats without a display. */
public final class ExportCommand {

    private final PrintStream out;
    private final PrintStream err;

    public ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(LaunchOptions options) {
        LoadResult loaded = options.atlas() == null
                ? AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED) : AtlasLoader.load(options.atlas());
        if (!loaded.valid()) {
            loaded.problems().forEach(err::println);
            err.println("time-atlas: cannot export: the atlas has " + loaded.problems().size() + " problem(s)");
            return 1;
        }
        Atlas atlas = loaded.atlas().orElseThrow();
        Path file = options.export();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Exporter exporter = new Exporter(atlas);
        try {
            if (options.date() != null) {
                if (!name.endsWith(".geojson")) {
                    err.println("time-atlas: with --date, --export writes territories and needs a .geojson file");
                    return 2;
                }
                if (!atlas.info().covers(options.date())) {
                    err.println("time-atlas: --date " + options.date() + " lies outside the atlas span "
                            + atlas.info().start().toLocalDate() + " … " + atlas.info().end().toLocalDate());
                    return 2;
                }
                exporter.territoriesGeoJson(file, options.date());
                out.println("wrote " + atlas.territories().size() + " territories at " + options.date() + " to " + file);
                return 0;
            }
            if (name.endsWith(".csv")) {
                exporter.eventsCsv(file);
            } else if (name.endsWith(".geojson") || name.endsWith(".json")) {
                exporter.eventsGeoJson(file);
            } else if (name.endsWith(".kml")) {
                exporter.eventsKml(file);
            } else {
                err.println("time-atlas: --export needs a file ending in .csv, .geojson or .kml, not " + file);
                return 2;
            }
            out.println("wrote " + atlas.events().size() + " events to " + file);
            return 0;
        } catch (IOException e) {
            err.println("time-atlas: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
