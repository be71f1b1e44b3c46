package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Pattern;
import org.timeatlas.atlas.Status;

/** Reads {@code statuses.json}, the legend. */
final class StatusReader {

    static final String FILE = "statuses.json";
    static final Set<String> FIELDS = Set.of("id", "colour", "pattern", "label", "description", "overlay");

    private StatusReader() {
    }

    /**
     * Reports a colour that a viewer with some colour-vision deficiency (or normal vision) could confuse with that
     * of an earlier status of the same pattern: such statuses must differ in pattern (docs/atlas-format.md).
     */
    private static void confusable(Fields fields, String id, String colour, Pattern pattern, List<Status> earlier) {
        for (Status other : earlier) {
            if (other.pattern() != pattern) {
                continue;
            }
            ColourVision.Closest closest = ColourVision.closest(colour, other.colour());
            if (closest.difference() < ColourVision.LEAST_DIFFERENCE) {
                fields.problemAt(fields.raw("colour"), String.format(java.util.Locale.ROOT, "%s looks too much like %s of"
                        + " status \"%s\" to %s (difference %.1f, at least %.0f needed), and both have pattern \"%s\";"
                        + " give one of them another colour or pattern", colour, other.colour(), other.id(),
                        closest.viewer().name(), closest.difference(), ColourVision.LEAST_DIFFERENCE,
                        pattern.name().toLowerCase(java.util.Locale.ROOT)));
                return;
            }
        }
    }

    static List<Status> read(Json json, ReadContext context) {
        List<Status> statuses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields fields : context.items(json, FILE, "status", FIELDS)) {
            context.declare(ReadContext.Declared.STATUS, fields);
            Status status = status(fields, statuses, ids, context);
            if (status != null) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    /**
     * One entry of a legend (statuses.json, or a lens's "statuses"): its id unique among {@code ids}, its colour
     * told apart from those of the {@code earlier} entries with the same pattern. Null after a problem.
     */
    static Status status(Fields fields, List<Status> earlier, Set<String> ids, ReadContext context) {
        String id = fields.id("id");
        String colour = fields.colour("colour");
        Pattern pattern = fields.optionalChoice("pattern", Pattern.class, Pattern.NONE);
        LocalizedText label = fields.text("label");
        LocalizedText description = fields.optionalText("description");
        boolean overlay = fields.optionalBoolean("overlay", false);
        if (colour != null && pattern != null) {
            confusable(fields, id, colour, pattern, earlier);
        }
        if (context.unique(fields, id, ids, "status") && colour != null && pattern != null && label != null) {
            return new Status(id, colour, pattern, label, description, overlay);
        }
        return null;
    }
}
