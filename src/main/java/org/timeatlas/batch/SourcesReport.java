package org.timeatlas.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.DayCard;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.GlossaryTerm;
import org.timeatlas.atlas.Movement;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Statement;
import org.timeatlas.atlas.StatusSpan;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;

/**
 * Writes {@code docs/sources.md}: every source of the embedded atlas and how much of it rests on each.
 * Run with {@code mvn -q compile exec:java -Dexec.mainClass=org.timeatlas.batch.SourcesReport}.
 */
public final class SourcesReport {

    private SourcesReport() {
    }

    public static void main(String[] args) throws IOException {
        LoadResult loaded = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED);
        if (!loaded.valid()) {
            loaded.problems().forEach(System.err::println);
            System.exit(1);
        }
        Path file = Path.of(args.length > 0 ? args[0] : "docs/sources.md");
        Files.writeString(file, render(loaded.atlas().orElseThrow()), StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }

    /** The report as Markdown; sources sorted by how many events cite them, then by title. */
    public static String render(Atlas atlas) {
        Map<String, int[]> uses = new HashMap<>();
        for (Event event : atlas.events()) {
            event.sources().stream().map(Source::id).distinct().forEach(id -> count(uses, id, 0));
        }
        for (Territory territory : atlas.territories()) {
            for (StatusSpan span : territory.history()) {
                span.sources().stream().map(Source::id).distinct().forEach(id -> count(uses, id, 1));
            }
        }
        for (Movement movement : atlas.movements()) {
            movement.sources().stream().map(Source::id).distinct().forEach(id -> count(uses, id, 2));
        }
        for (DayCard card : atlas.dayCards()) {
            card.sources().stream().map(Source::id).distinct().forEach(id -> count(uses, id, 2));
            for (Statement statement : card.statements()) {
                statement.sources().stream().map(Source::id).distinct().forEach(id -> count(uses, id, 2));
            }
        }
        for (GlossaryTerm term : atlas.glossary()) {
            term.sources().stream().map(Source::id).distinct().forEach(id -> count(uses, id, 2));
        }
        List<Source> sources = atlas.sources().stream()
                .sorted(Comparator.<Source>comparingInt(s -> -uses.getOrDefault(s.id(), new int[3])[0])
                        .thenComparing(Source::title))
                .toList();
        long unused = sources.stream().filter(s -> !uses.containsKey(s.id())).count();
        StringBuilder md = new StringBuilder();
        md.append("# Sources of the atlas \"").append(atlas.info().title().get("en")).append("\"\n\n");
        md.append("Generated from `maps/").append(atlas.info().id()).append("/` by `org.timeatlas.batch.SourcesReport` ")
                .append("(`mvn -q compile exec:java -Dexec.mainClass=org.timeatlas.batch.SourcesReport`); ")
                .append("a test fails when this file is out of date.\n\n");
        md.append(atlas.sources().size()).append(" sources; ").append(atlas.events().size()).append(" events, ")
                .append(atlas.territories().size()).append(" territory histories, ")
                .append(atlas.movements().size()).append(" movements, ")
                .append(atlas.dayCards().size()).append(" day cards and ")
                .append(atlas.glossary().size()).append(" glossary terms rest on them");
        md.append(unused == 0 ? ".\n\n" : "; " + unused + " are listed but not cited.\n\n");
        md.append("| events | histories | other | source |\n| ---: | ---: | ---: | --- |\n");
        for (Source source : sources) {
            int[] count = uses.getOrDefault(source.id(), new int[3]);
            md.append("| ").append(count[0]).append(" | ").append(count[1]).append(" | ").append(count[2]).append(" | ")
                    .append(escape(source.citation()));
            if (source.url() != null) {
                md.append(" <").append(source.url()).append(">");
            }
            md.append(" `").append(source.id()).append("` |\n");
        }
        return md.toString();
    }

    private static void count(Map<String, int[]> uses, String id, int column) {
        uses.computeIfAbsent(id, key -> new int[3])[column]++;
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
