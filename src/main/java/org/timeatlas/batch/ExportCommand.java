package org.timeatlas.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.timeatlas.LaunchOptions;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.ExportException;
import org.timeatlas.atlas.io.Exporter;

/**
 * {@code --export FILE.{csv,geojson,kml} [--date D] [--atlas DIR]}: writes open formats without a display. The
 * message counts what the file holds; a failure is one line on standard error (exit 1) and leaves no file.
 */
public final class ExportCommand extends AtlasCommand {

    public ExportCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public int run(LaunchOptions options) {
        Atlas atlas = atlas(options, "cannot export").orElse(null);
        if (atlas == null) {
            return 1;
        }
        Path file = options.export();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Exporter exporter = new Exporter(atlas);
        try {
            if (options.date() != null) {
                if (!name.endsWith(".geojson")) {
                    err.println("time-atlas: with --date, --export writes territories and needs a .geojson file");
                    return 2;
                }
                if (!inSpan(atlas, options.date())) {
                    return 2;
                }
                Exporter.Written written = exporter.territoriesGeoJson(file, options.date());
                out.println("wrote " + written.items() + " territories at " + options.date() + " to " + file);
                return 0;
            }
            Exporter.Written written;
            if (name.endsWith(".csv")) {
                written = exporter.eventsCsv(file);
            } else if (name.endsWith(".geojson") || name.endsWith(".json")) {
                written = exporter.eventsGeoJson(file);
            } else if (name.endsWith(".kml")) {
                written = exporter.eventsKml(file);
            } else {
                err.println("time-atlas: --export needs a file ending in .csv, .geojson or .kml, not " + file);
                return 2;
            }
            out.println(message(written, file));
            return 0;
        } catch (ExportException e) {
            err.println("time-atlas: " + e.getMessage());
            return 1;
        }
    }

    /** "wrote 297 events to F (94 of them have no place and are written without coordinates)": true for every format. */
    static String message(Exporter.Written written, Path file) {
        String line = "wrote " + written.items() + " events to " + file;
        if (written.withoutPlace() > 0) {
            line += " (" + written.withoutPlace() + " of them have no place and are written without coordinates)";
        }
        return line;
    }
}
