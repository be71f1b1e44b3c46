package org.timeatlas.atlas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.timeatlas.atlas.Highlight;
import org.timeatlas.atlas.LocalizedText;
import org.timeatlas.atlas.Source;
import org.timeatlas.atlas.Tour;
import org.timeatlas.atlas.TourStep;
import org.timeatlas.atlas.TourView;
import org.timeatlas.output.OutputTarget;

/**
 * Writes a tour as {@code tours/<id>.json} in the format {@link TourReader} reads (docs/atlas-format.md): UTF-8 JSON,
 * indented, members in the documented order, texts with English first. A moment the tour knows only to the day is
 * written {@code YYYY-MM-DD}, one with a time of day {@code YYYY-MM-DDTHH:MM}. A view that is the home box or a
 * focus view is written by its name, any other as a {@code {west, south, east, north}} box. Optional members
 * (notes, revealUntil, question, sources, empty territory and movement lists) are left out when absent, so a tour
 * read back from what this writes equals the tour written.
 */
public final class TourWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TourWriter() {
    }

    /**
     * Writes {@code tour} into {@code atlasFolder}/tours/{@code <id>}.json through a temporary file moved into place
     * when complete (see {@link OutputTarget#write}); the {@code tours} folder is made when the atlas has none.
     *
     * @return the file written
     * @throws IOException when the folder cannot be written; nothing partial is left behind
     */
    public static Path write(Path atlasFolder, Tour tour) throws IOException {
        Path folder = atlasFolder.resolve(TourReader.FOLDER);
        Files.createDirectories(folder);
        Path file = folder.resolve(tour.id() + ".json");
        OutputTarget.write(file, out -> write(tour, out));
        return file;
    }

    /** The file name a tour with {@code id} has in an atlas folder: {@code tours/<id>.json}. */
    public static String relativeFile(String id) {
        return TourReader.FOLDER + "/" + id + ".json";
    }

    /** Writes {@code tour} as JSON to {@code out} (not closed). */
    public static void write(Tour tour, OutputStream out) throws IOException {
        out.write(text(tour).getBytes(StandardCharsets.UTF_8));
    }

    /** The tour as the text of its file, ending with a line break. */
    public static String text(Tour tour) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", tour.id());
        root.set("title", text(tour.title()));
        root.set("description", text(tour.description()));
        root.put("level", tour.level().name().toLowerCase(Locale.ROOT));
        root.put("minutes", tour.minutes());
        ArrayNode steps = root.putArray("steps");
        tour.steps().forEach(step -> steps.add(step(step)));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).without(JsonGenerator.Feature.ESCAPE_NON_ASCII).writeValueAsString(root) + "\n";
        } catch (IOException cannotHappen) { // a tree of strings and numbers always serialises
            throw new IllegalStateException(cannotHappen);
        }
    }

    private static ObjectNode step(TourStep step) {
        ObjectNode node = JSON.createObjectNode();
        node.put("moment", moment(step.moment(), step.momentHasTime()));
        TourView view = step.view();
        if (view.viewId() != null) {
            node.put("view", view.viewId());
        } else {
            ObjectNode box = node.putObject("view");
            box.put("west", view.bounds().west());
            box.put("south", view.bounds().south());
            box.put("east", view.bounds().east());
            box.put("north", view.bounds().north());
        }
        node.set("highlight", highlight(step.highlight()));
        node.set("caption", text(step.caption()));
        step.speakerNotes().ifPresent(notes -> node.set("notes", text(notes)));
        if (step.revealUntil() != null) {
            LocalDateTime reveal = step.revealUntil();
            node.put("revealUntil", moment(reveal, reveal.getHour() != 0 || reveal.getMinute() != 0));
        }
        step.question().ifPresent(question -> node.put("question", question));
        if (!step.sources().isEmpty()) {
            ArrayNode sources = node.putArray("sources");
            for (Source source : step.sources()) {
                if (source.section() == null) {
                    sources.add(source.id());
                } else {
                    sources.addObject().put("id", source.id()).put("section", source.section());
                }
            }
        }
        return node;
    }

    private static ObjectNode highlight(Highlight highlight) {
        ObjectNode node = JSON.createObjectNode();
        if (!highlight.territoryIds().isEmpty()) {
            highlight.territoryIds().forEach(node.putArray("territories")::add);
        }
        highlight.eventIds().forEach(node.putArray("events")::add);
        if (!highlight.movementIds().isEmpty()) {
            highlight.movementIds().forEach(node.putArray("movements")::add);
        }
        return node;
    }

    /** A text object with English first, then the other languages in alphabetical order. */
    private static ObjectNode text(LocalizedText text) {
        List<String> languages = new ArrayList<>(text.byLanguage().keySet());
        languages.sort((a, b) -> a.equals("en") ? -1 : b.equals("en") ? 1 : a.compareTo(b));
        ObjectNode node = JSON.createObjectNode();
        languages.forEach(language -> node.put(language, text.byLanguage().get(language)));
        return node;
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY-MM-DDTHH:MM} when the time of day is known (years with four digits). */
    static String moment(LocalDateTime moment, boolean withTime) {
        String day = String.format(Locale.ROOT, "%04d-%02d-%02d", moment.getYear(), moment.getMonthValue(),
                moment.getDayOfMonth());
        return withTime ? day + String.format(Locale.ROOT, "T%02d:%02d", moment.getHour(), moment.getMinute()) : day;
    }
}
