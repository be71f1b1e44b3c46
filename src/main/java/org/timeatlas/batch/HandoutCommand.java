package org.timeatlas.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.timeatlas.LaunchOptions;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.output.OutputTarget;
import org.timeatlas.output.handout.Handout;
import org.timeatlas.output.handout.HandoutContent;
import org.timeatlas.output.handout.HandoutWriter;
import org.timeatlas.output.handout.MapPicture;
import org.timeatlas.output.handout.Paper;
import org.timeatlas.time.StateIndex;

/**
 * {@code --handout FILE.pdf --date D [--lang hi] [--tour ID] [--paper a4|letter] [--atlas DIR]}: a printable
 * handout without a display (the map is drawn with Java2D). A wrong date or tour is one line and exit 2; a failure
 * to write is one line and exit 1 and leaves no file.
 */
public final class HandoutCommand extends AtlasCommand {

    public HandoutCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public int run(LaunchOptions options) {
        Atlas atlas = atlas(options, "no handout written").orElse(null);
        if (atlas == null) {
            return 1;
        }
        if (options.date() == null && options.tour() == null) {
            err.println("time-atlas: --handout needs --date D (the moment of the map and events) or --tour ID");
            return 2;
        }
        if (options.date() != null && !inSpan(atlas, options.date())) {
            return 2;
        }
        StateIndex index = new StateIndex(atlas);
        String language = options.language();
        Handout handout;
        if (options.tour() != null) {
            Tour tour = atlas.tour(options.tour()).orElse(null);
            if (tour == null) {
                err.println("time-atlas: --tour " + options.tour() + ": the atlas has no such tour; its tours are "
                        + String.join(", ", atlas.tours().stream().map(Tour::id).toList()));
                return 2;
            }
            handout = HandoutContent.forTour(atlas, index, tour, stepAt(tour.steps(), options.date()), language);
        } else {
            handout = HandoutContent.forMoment(atlas, index, options.date(), language, event -> true);
        }
        Paper paper = options.paper() != null ? options.paper() : Paper.forLocale(Locale.getDefault());
        Path file = options.handout();
        try {
            HandoutWriter writer = new HandoutWriter(MapPicture.of(atlas, index));
            OutputTarget.write(file, stream -> writer.write(handout, paper, stream, () -> false));
        } catch (IOException failed) {
            err.println("time-atlas: cannot write " + file + ": " + describe(failed));
            return 1;
        }
        out.println("wrote a " + paper.name().toLowerCase(Locale.ROOT) + " handout (" + handout.items().size()
                + (options.tour() != null ? " steps, " : " events, ") + handout.sources().size() + " sources) to " + file);
        return 0;
    }

    /** The last step at or before {@code date}; the first step when there is none or no date. */
    static int stepAt(List<TourStep> steps, LocalDateTime date) {
        int chosen = 0;
        for (int i = 0; date != null && i < steps.size(); i++) {
            if (!steps.get(i).moment().isAfter(date)) {
                chosen = i;
            }
        }
        return chosen;
    }

    private static String describe(IOException failed) {
        if (failed instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = failed.getMessage();
        return message == null ? failed.getClass().getSimpleName() : message;
    }
}
