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
        if (!(json instanceof Json.JArray array)) {
            context.problems().add(json.location().problem("eras.json must be an array of eras"));
            return eras;
        }
        Set<String> ids = new HashSet<>();
        for (Json item : array.items()) {
            Fields fields = context.fields(item, "era");
            if (fields == null) {
                continue;
            }
            fields.rejectUnknown(FIELDS);
            String id = fields.string("id");
            Fields.ParsedMoment from = fields.moment("from");
            Fields.ParsedMoment to = fields.moment("to");
            LocalizedText name = fields.text("name");
            if (id != null && !ids.add(id)) {
                fields.problemAt(fields.raw("id"), "era id \"" + id + "\" is used twice");
                continue;
            }
            if (from == null || to == null) {
                continue;
            }
            boolean ok = context.checkInSpan(fields, "from", from.moment()) & context.checkInSpan(fields, "to", to.moment());
            if (!to.moment().isAfter(from.moment())) {
                fields.problemAt(fields.raw("to"), "\"to\" must come after \"from\"");
                ok = false;
            }
            if (ok && id != null && name != null) {
                eras.add(new Era(id, from.moment(), to.moment(), name));
            }
        }
        return eras;
    }
}
