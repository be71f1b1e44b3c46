package org.timeatlas.bookmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.i18n.Messages;

/**
 * Bookmarks as a Markdown document in one language: a heading per bookmark (its moment and what it shows), the
 * note, the selected event (fact, or claim with its claimant) and territory (its status span at the moment), the
 * map's centre, and the sources they rest on — author/publisher, year, title, section and URL — gathered per
 * bookmark. Text from the user and the atlas is escaped so that it cannot change the document's structure.
 */
public final class MarkdownExport {

    private final Atlas atlas;
    private final Messages messages;

    public MarkdownExport(Atlas atlas, Messages messages) {
        this.atlas = atlas;
        this.messages = messages;
    }

    /** The document, ending with a newline. */
    public String render(List<Bookmark> bookmarks) {
        String language = messages.language();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(messages.get("bookmarks.export.title", atlas.info().title().get(language))))
                .append("\n\n");
        if (bookmarks.isEmpty()) {
            md.append(escape(messages.get("bookmarks.none"))).append('\n');
            return md.toString();
        }
        int number = 1;
        for (Bookmark bookmark : bookmarks) {
            Event event = bookmark.eventId() == null ? null : atlas.event(bookmark.eventId()).orElse(null);
            Territory territory = bookmark.territoryId() == null ? null
                    : atlas.territory(bookmark.territoryId()).orElse(null);
            md.append("## ").append(number++).append(". ").append(escape(messages.moment(bookmark.moment(), true)));
            if (event != null) {
                md.append(" — ").append(escape(event.title().get(language)));
            } else if (territory != null) {
                md.append(" — ").append(escape(territory.name().get(language)));
            }
            md.append("\n\n");
            if (!bookmark.note().isEmpty()) {
                for (String line : bookmark.note().split("\\R")) {
                    md.append("> ").append(escape(line)).append('\n');
                }
                md.append('\n');
            }
            Map<String, Source> sources = new LinkedHashMap<>();
            if (event != null) {
                md.append("- ").append(escape(messages.get("bookmarks.export.event"))).append(": ")
                        .append(escape(event.title().get(language))).append(" (")
                        .append(escape(messages.date(event.start().toLocalDate()))).append("). ")
                        .append(escape(event.claim() && event.claimant() != null
                                ? messages.get("event.claimBy", event.claimant().get(language))
                                : messages.get("event.fact")))
                        .append('\n');
                md.append("  ").append(escape(event.summary().get(language))).append('\n');
                event.sources().forEach(source -> sources.putIfAbsent(source.citation(), source));
            }
            if (territory != null) {
                md.append("- ").append(escape(messages.get("bookmarks.export.territory"))).append(": ")
                        .append(escape(territory.name().get(language)));
                StatusSpan span = territory.spanAt(bookmark.moment()).orElse(null);
                if (span != null && span.authority() != null) {
                    md.append(" — ").append(escape(span.authority().get(language)));
                    span.sources().forEach(source -> sources.putIfAbsent(source.citation(), source));
                }
                md.append('\n');
            }
            if (bookmark.hasView()) {
                md.append("- ").append(escape(messages.get("bookmarks.export.map"))).append(": ")
                        .append(String.format(Locale.ROOT, "%.3f° %s, %.3f° %s", Math.abs(bookmark.lon()),
                                bookmark.lon() >= 0 ? "E" : "W", Math.abs(bookmark.lat()),
                                bookmark.lat() >= 0 ? "N" : "S"))
                        .append('\n');
            }
            if (!sources.isEmpty()) {
                md.append("\n").append(escape(messages.get("bookmarks.export.sources"))).append(":\n\n");
                sources.values().forEach(source -> md.append("- ").append(cite(source)).append('\n'));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** "Author; Publisher (year). *Title*. Section. <url>" */
    static String cite(Source source) {
        StringBuilder text = new StringBuilder();
        if (source.author() != null) {
            text.append(escape(source.author()));
        }
        if (source.publisher() != null) {
            text.append(text.isEmpty() ? "" : "; ").append(escape(source.publisher()));
        }
        text.append(" (").append(source.year()).append("). *").append(escape(source.title())).append("*.");
        if (source.section() != null) {
            text.append(' ').append(escape(source.section())).append('.');
        }
        if (source.url() != null) {
            text.append(" <").append(source.url().replace(">", "%3E").replace(" ", "%20")).append('>');
        }
        return text.toString();
    }

    /** Inline text with Markdown's special characters escaped and line breaks made spaces. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.replaceAll("\\R", " ").toCharArray()) {
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
