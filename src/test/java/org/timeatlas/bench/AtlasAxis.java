package org.timeatlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.timeatlas.atlas.AxisSegment;
import org.timeatlas.time.TimeAxis;

/** Reads just the time axis of an atlas folder (or of the embedded atlas), so the scrub can walk it as a user does. */
public final class AtlasAxis {

    private AtlasAxis() {
    }

    /** The axis of {@code folder}'s atlas.json, or of the embedded atlas named {@code embedded} when folder is null. */
    public static TimeAxis read(Path folder, String embedded) {
        try (InputStream in = folder != null ? Files.newInputStream(folder.resolve("atlas.json"))
                : AtlasAxis.class.getResourceAsStream("/maps/" + embedded + "/atlas.json")) {
            JsonNode axis = new ObjectMapper().readTree(in).get("axis");
            List<AxisSegment> segments = new ArrayList<>();
            for (JsonNode segment : axis) {
                segments.add(new AxisSegment(moment(segment.get("from").asText()), moment(segment.get("to").asText()),
                        segment.get("share").asDouble()));
            }
            return new TimeAxis(segments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDateTime moment(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
    }
}
