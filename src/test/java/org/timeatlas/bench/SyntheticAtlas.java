package org.timeatlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;

/**
 * Makes a heavier copy of an atlas for the benchmark: every event ten times (copies with new ids, moved a few
 * hours, days or months inside the span) and every territory and base-layer geometry densified to about ten
 * times its vertices. Checks that the result loads without problems.
 */
public final class SyntheticAtlas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** Counts before and after, for the report. */
    public record Growth(int eventsBefore, int eventsAfter, long verticesBefore, long verticesAfter) {
    }

    private final int factor;
    private long verticesBefore;
    private long verticesAfter;
    private int eventsBefore;
    private int eventsAfter;
    private LocalDateTime spanFrom;
    private LocalDateTime spanTo;

    private SyntheticAtlas(int factor) {
        this.factor = factor;
    }

    public static void main(String[] args) {
        Growth growth = generate(Path.of(args[0]), Path.of(args[1]), 10);
        System.out.println(growth);
    }

    /** Writes the {@code factor}× copy of {@code source} into {@code target} (replacing it) and checks it loads. */
    public static Growth generate(Path source, Path target, int factor) {
        SyntheticAtlas generator = new SyntheticAtlas(factor);
        try {
            generator.copy(source, target);
            generator.readSpan(target.resolve("atlas.json"));
            generator.multiplyEvents(target.resolve("events"));
            generator.densify(target.resolve("territories.geojson"));
            for (JsonNode layer : JSON.readTree(target.resolve("atlas.json").toFile()).path("base")) {
                generator.densify(target.resolve(layer.get("file").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult loaded = AtlasLoader.load(target);
        if (!loaded.valid()) {
            loaded.problems().forEach(System.err::println);
            throw new IllegalStateException("the synthetic atlas has " + loaded.problems().size() + " problem(s)");
        }
        return new Growth(generator.eventsBefore, loaded.atlas().orElseThrow().events().size(),
                generator.verticesBefore, generator.verticesAfter);
    }

    private void copy(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    private void readSpan(Path atlasJson) throws IOException {
        JsonNode span = JSON.readTree(atlasJson.toFile()).get("span");
        spanFrom = moment(span.get("from").asText());
        spanTo = moment(span.get("to").asText());
    }

    private void multiplyEvents(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            ArrayNode events = (ArrayNode) JSON.readTree(file.toFile());
            ArrayNode all = JSON.createArrayNode();
            for (JsonNode event : events) {
                eventsBefore++;
                all.add(event);
                for (int copy = 1; copy < factor; copy++) {
                    all.add(shifted((ObjectNode) event, copy));
                }
            }
            eventsAfter += all.size();
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), all);
        }
    }

    /** Copy number {@code copy} of an event: a new id, and start and end moved by the same amount, kept inside the span. */
    private ObjectNode shifted(ObjectNode event, int copy) {
        ObjectNode twin = event.deepCopy();
        twin.put("id", event.get("id").asText() + "-x" + copy);
        String start = event.get("start").asText();
        JsonNode endNode = event.get("end");
        String end = endNode == null || endNode.isNull() ? null : endNode.asText();
        String certainty = event.path("certainty").asText();
        for (int direction : new int[] {1, -1}) {
            String newStart = shift(start, certainty, copy * direction);
            String newEnd = end == null ? null : shift(end, certainty, copy * direction);
            if (inSpan(newStart) && (newEnd == null || inSpan(newEnd))) {
                twin.put("start", newStart);
                if (newEnd != null) {
                    twin.put("end", newEnd);
                }
                return twin;
            }
        }
        return twin; // unmoved: both directions leave the span (only for spans shorter than the shift)
    }

    private static String shift(String text, String certainty, int amount) {
        if (text.length() > 10) {
            return LocalDateTime.parse(text).plusHours(9L * amount).format(MINUTES);
        }
        LocalDate date = LocalDate.parse(text);
        return ("month".equals(certainty) ? date.plusMonths(amount) : date.plusDays(amount)).toString();
    }

    private boolean inSpan(String text) {
        LocalDateTime moment = moment(text);
        return !moment.isBefore(spanFrom) && moment.isBefore(spanTo);
    }

    private static LocalDateTime moment(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
    }

    private void densify(Path geojson) throws IOException {
        JsonNode collection = JSON.readTree(geojson.toFile());
        GeoJsonReader reader = new GeoJsonReader();
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        for (JsonNode feature : collection.path("features")) {
            JsonNode geometryNode = feature.get("geometry");
            if (geometryNode == null || geometryNode.isNull()) {
                continue;
            }
            try {
                Geometry geometry = reader.read(geometryNode.toString());
                if (geometry.getDimension() == 0) {
                    continue;
                }
                Geometry dense = tenfold(geometry);
                verticesBefore += geometry.getNumPoints();
                verticesAfter += dense.getNumPoints();
                ((ObjectNode) feature).set("geometry", JSON.readTree(writer.write(dense)));
            } catch (ParseException e) {
                throw new IOException(geojson + ": " + e.getMessage(), e);
            }
        }
        JSON.writeValue(geojson.toFile(), collection);
    }

    /** Densifies with the segment length that gives closest to {@code factor} times the vertices (found by bisection). */
    private Geometry tenfold(Geometry geometry) {
        int target = geometry.getNumPoints() * factor;
        double longest = geometry.getLength();
        double low = longest / (target * 4.0);
        double high = longest;
        Geometry best = geometry;
        for (int i = 0; i < 30; i++) {
            double distance = Math.sqrt(low * high);
            Geometry dense = Densifier.densify(geometry, distance);
            if (Math.abs(dense.getNumPoints() - target) < Math.abs(best.getNumPoints() - target)) {
                best = dense;
            }
            if (dense.getNumPoints() > target) {
                low = distance;
            } else {
                high = distance;
            }
        }
        if (!best.isValid()) {
            throw new IllegalStateException("densified geometry is invalid");
        }
        return best;
    }

    /** Every geometry and event count, for callers that only want to look. */
    static List<String> describe(Growth growth) {
        List<String> lines = new ArrayList<>();
        lines.add("events " + growth.eventsBefore() + " -> " + growth.eventsAfter());
        lines.add("vertices " + growth.verticesBefore() + " -> " + growth.verticesAfter());
        return lines;
    }
}
