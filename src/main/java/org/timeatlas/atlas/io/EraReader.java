package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.timeatlas.atlas.Era;
import org.timeatlas.atlas.LocalizedText;

/** Reads {@code eras.json}. */
final class EraReader {

    static final String FILE = "eras.json";
    private static final Set<String> FIELDS = Set.of("id", "from", "to", "name");

    private EraReader() {
    }

    static List<Era> read(Json json, ReadContext context) {
        List<Era> eras = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields fields : context.items(json, FILE, "era", FIELDS)) {
            context.declare(ReadContext.Declared.ERA, fields);
            String id = fields.id("id");
            Fields.ParsedMoment[] period = context.period(fields);
            LocalizedText name = fields.text("name");
            if (context.unique(fields, id, ids, "era") && period != null && name != null) {
                eras.add(new Era(id, period[0].moment(), period[1].moment(), name));
            }
        }
        return eras;
    }
}
