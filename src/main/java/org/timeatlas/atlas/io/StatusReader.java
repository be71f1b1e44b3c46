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
    private static final Set<String> FIELDS = Set.of("id", "colour", "pattern", "label", "description", "overlay");

    private StatusReader() {
    }

    static List<Status> read(Json json, ReadContext context) {
        List<Status> statuses = new ArrayList<>();
        if (!(json instanceof Json.JArray array)) {
            context.problems().add(json.location().problem("statuses.json must be an array of statuses"));
            return statuses;
        }
        Set<String> ids = new HashSet<>();
        for (Json item : array.items()) {
            Fields fields = context.fields(item, "status");
            if (fields == null) {
                continue;
            }
            fields.rejectUnknown(FIELDS);
            String id = fields.string("id");
            String colour = fields.string("colour");
            Pattern pattern = fields.optionalChoice("pattern", Pattern.class, Pattern.NONE);
            LocalizedText label = fields.text("label");
            LocalizedText description = fields.optionalText("description");
            boolean overlay = fields.optionalBoolean("overlay", false);
            if (colour != null && !colour.matches("#[0-9A-Fa-f]{6}")) {
                fields.problemAt(fields.raw("colour"), "\"colour\" must be written #RRGGBB, found \"" + colour + "\"");
                colour = null;
            }
            if (id != null && !ids.add(id)) {
                fields.problemAt(fields.raw("id"), "status id \"" + id + "\" is used twice");
                continue;
            }
            if (id != null && colour != null && pattern != null && label != null) {
                statuses.add(new Status(id, colour, pattern, label, description, overlay));
            }
        }
        return statuses;
    }
}
