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
        Set<String> ids = new HashSet<>();
        for (Fields fields : context.items(json, FILE, "status", FIELDS)) {
            context.declare(ReadContext.Declared.STATUS, fields);
            String id = fields.id("id");
            String colour = fields.colour("colour");
            Pattern pattern = fields.optionalChoice("pattern", Pattern.class, Pattern.NONE);
            LocalizedText label = fields.text("label");
            LocalizedText description = fields.optionalText("description");
            boolean overlay = fields.optionalBoolean("overlay", false);
            if (context.unique(fields, id, ids, "status") && colour != null && pattern != null && label != null) {
                statuses.add(new Status(id, colour, pattern, label, description, overlay));
            }
        }
        return statuses;
    }
}
