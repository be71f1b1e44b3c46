package org.timeatlas.atlas.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.timeatlas.atlas.Source;

/** Reads the arrays of sources in {@code sources/*.json}. */
final class SourceReader {

    private static final Set<String> FIELDS = Set.of("id", "title", "author", "publisher", "year", "url", "section");

    private SourceReader() {
    }

    static void read(Json json, ReadContext context, Map<String, Source> into) {
        for (Fields fields : context.items(json, "a sources file", "source", FIELDS)) {
            context.declare(ReadContext.Declared.SOURCE, fields);
            String id = fields.id("id");
            String title = fields.string("title");
            String author = fields.optionalString("author");
            String publisher = fields.optionalString("publisher");
            Integer year = fields.integer("year", 1000, 3000);
            String url = fields.optionalString("url");
            String section = fields.optionalString("section");
            if (author == null && publisher == null) {
                fields.problem("a source needs an \"author\" or a \"publisher\"");
            }
            if (url == null && section == null) {
                fields.problem("a source needs a \"url\" or a \"section\"");
            }
            if (url != null && !url.matches("https?://\\S+")) {
                fields.problemAt(fields.raw("url"), "\"url\" must be a web address starting with http:// or https://");
            }
            if (id != null && into.containsKey(id)) {
                fields.problemAt(fields.raw("id"), "source id \"" + id + "\" is used twice");
            } else if (id != null && title != null && year != null) {
                into.put(id, new Source(id, title, author, publisher, year, url, section));
            }
        }
    }

    static Map<String, Source> empty() {
        return new LinkedHashMap<>();
    }
}
