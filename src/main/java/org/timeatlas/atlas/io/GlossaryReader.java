package org.timeatlas.atlas.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;

/** Reads {@code glossary.json}. */
final class GlossaryReader {

    static final String FILE = "glossary.json";
    private static final Set<String> FIELDS = Set.of("id", "term", "aliases", "definition", "sources");

    private GlossaryReader() {
    }

    static List<GlossaryTerm> read(Json json, ReadContext context) {
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields fields : context.items(json, FILE, "glossary term", FIELDS)) {
            String id = fields.id("id");
            LocalizedText term = fields.text("term");
            LocalizedText definition = fields.text("definition");
            Map<String, List<String>> aliases = aliases(fields);
            List<Source> sources = fields.has("sources") ? context.sources(fields) : List.of();
            if (context.unique(fields, id, ids, "glossary") && term != null && definition != null) {
                terms.add(new GlossaryTerm(id, term, aliases, definition, sources));
            }
        }
        return terms;
    }

    private static Map<String, List<String>> aliases(Fields fields) {
        Map<String, List<String>> aliases = new HashMap<>();
        Json raw = fields.raw("aliases");
        if (raw == null || raw instanceof Json.JNull) {
            return aliases;
        }
        if (!(raw instanceof Json.JObject byLanguage)) {
            fields.problemAt(raw, "\"aliases\" must be an object of arrays per language, e.g. {\"en\": [\"…\"]}");
            return aliases;
        }
        for (Map.Entry<String, Json> entry : byLanguage.members().entrySet()) {
            List<String> spellings = new ArrayList<>();
            if (entry.getValue() instanceof Json.JArray list) {
                for (Json spelling : list.items()) {
                    if (spelling instanceof Json.JString text && !text.value().isBlank()) {
                        spellings.add(text.value());
                    } else {
                        fields.problemAt(spelling, "an alias must be a non-empty string");
                    }
                }
            } else {
                fields.problemAt(entry.getValue(), "\"aliases." + entry.getKey() + "\" must be an array of strings");
            }
            aliases.put(entry.getKey(), spellings);
        }
        return aliases;
    }
}
