package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.LineString;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Movement;
import org.timeatlas.atlas.Side;
import org.timeatlas.atlas.Source;

/** Reads {@code movements.geojson}: one LineString feature per movement, drawn from start to end. */
final class MovementReader {

    static final String FILE = "movements.geojson";
    private static final Set<String> PROPERTIES = Set.of("id", "side", "from", "to", "label", "name", "approximate",
            "sources");

    private MovementReader() {
    }

    static List<Movement> read(List<FeatureReader.Feature> features, Map<String, Side> sides, ReadContext context) {
        List<Movement> movements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FeatureReader.Feature feature : features) {
            Fields fields = feature.fields("movement", context);
            fields.rejectUnknown(PROPERTIES);
            context.declare(ReadContext.Declared.MOVEMENT, fields);
            String id = fields.id("id");
            String sideId = fields.string("side");
            Fields.ParsedMoment[] period = context.period(fields);
            LocalizedText label = fields.text("label");
            LocalizedText name = fields.optionalText("name");
            boolean approximate = fields.optionalBoolean("approximate", false);
            List<Source> sources = context.sources(fields);
            if (sideId != null && !sides.containsKey(sideId) && context.unknown(ReadContext.Declared.SIDE, sideId)) {
                fields.problemAt(fields.raw("side"), "unknown side \"" + sideId + "\" (not in sides.json)");
            }
            if (!(feature.geometry() instanceof LineString path)) {
                if (feature.geometry() != null) {
                    context.problems().add(feature.location().problem("movement \"" + id + "\" must be a LineString"));
                }
                continue;
            }
            if (!context.projects(path, feature.location(), "movement \"" + id + "\"")) {
                continue;
            }
            if (context.unique(fields, id, ids, "movement") && period != null && sides.containsKey(sideId)
                    && label != null && !sources.isEmpty()) {
                movements.add(new Movement(id, sideId, period[0].moment(), period[1].moment(), path, label,
                        name, approximate, sources));
            }
        }
        return movements;
    }
}
