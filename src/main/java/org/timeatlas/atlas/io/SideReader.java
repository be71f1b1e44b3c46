package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Side;

/** Reads {@code sides.json}: the parties whose movements are drawn. */
final class SideReader {

    static final String FILE = "sides.json";
    private static final Set<String> FIELDS = Set.of("id", "name", "colour");

    private SideReader() {
    }

    static List<Side> read(Json json, ReadContext context) {
        List<Side> sides = new ArrayList<>();
        if (!(json instanceof Json.JArray array)) {
            context.problems().add(json.location().problem("sides.json must be an array of sides"));
            return sides;
        }
        Set<String> ids = new HashSet<>();
        for (Json item : array.items()) {
            Fields fields = context.fields(item, "side");
            if (fields == null) {
                continue;
            }
            fields.rejectUnknown(FIELDS);
            String id = fields.string("id");
            LocalizedText name = fields.text("name");
            String colour = fields.string("colour");
            if (colour != null && !colour.matches("#[0-9A-Fa-f]{6}")) {
                fields.problemAt(fields.raw("colour"), "\"colour\" must be written #RRGGBB, found \"" + colour + "\"");
                colour = null;
            }
            if (id != null && !ids.add(id)) {
                fields.problemAt(fields.raw("id"), "side id \"" + id + "\" is used twice");
                continue;
            }
            if (id != null && name != null && colour != null) {
                sides.add(new Side(id, name, colour));
            }
        }
        return sides;
    }
}
