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
        Set<String> ids = new HashSet<>();
        for (Fields fields : context.items(json, FILE, "side", FIELDS)) {
            context.declare(ReadContext.Declared.SIDE, fields);
            String id = fields.id("id");
            LocalizedText name = fields.text("name");
            String colour = fields.colour("colour");
            if (context.unique(fields, id, ids, "side") && name != null && colour != null) {
                sides.add(new Side(id, name, colour));
            }
        }
        return sides;
    }
}
