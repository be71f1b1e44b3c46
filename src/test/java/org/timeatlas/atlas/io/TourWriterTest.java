package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.IslandsWithExtras;
import org.timeatlas.atlas.Tour;

/** Writing tours/<id>.json: what TourWriter writes, the loader reads back as the same tour, and it validates. */
class TourWriterTest {

    @TempDir
    Path temp;

    @Test
    void everyTourOfTheGeorgiaAtlasWrittenAndReadBackIsTheSameTour() throws IOException {
        Path copy = copyOf(Path.of("maps/georgia-1991-2008"), temp.resolve("georgia"));
        Atlas original = loaded(copy);
        assertEquals(10, original.tours().size(), "the atlas has its ten tours");
        try (Stream<Path> files = Files.list(copy.resolve("tours"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        for (Tour tour : original.tours()) {
            TourWriter.write(copy, tour);
        }
        Atlas reread = loaded(copy);
        assertEquals(original.tours(), reread.tours());
    }

    @Test
    void aTourWithEveryKindOfViewAndEveryOptionalPartComesBackEqual() throws IOException {
        Path atlas = IslandsWithExtras.copy(temp.resolve("islands"));
        Tour tour = loaded(atlas).tour("strait-war").orElseThrow();
        Files.delete(atlas.resolve("tours/strait-war.json"));
        Path written = TourWriter.write(atlas, tour);
        assertEquals(atlas.resolve("tours/strait-war.json"), written);
        assertEquals(tour, loaded(atlas).tour("strait-war").orElseThrow());
        String text = Files.readString(written);
        assertTrue(text.contains("\"moment\": \"2000-03-01\","), "a moment known to the day is written as a date:\n" + text);
        assertTrue(text.contains("\"moment\": \"2000-06-05T06:00\","), "one with a time of day with it");
        assertTrue(text.contains("\"view\": \"home\""), "the home box by its name");
        assertTrue(text.contains("\"view\": \"west-isle\""), "a focus view by its id");
        assertTrue(text.contains("\"west\": 10.0"), "any other box by its sides");
        assertTrue(text.contains("\"section\": \"p. 3\""), "a source cited at a place keeps it");
        assertTrue(text.contains("जलडमरूमध्य"), "Devanagari is written as itself, not escaped");
        assertFalse(text.contains("\"movements\": [ ]") || text.contains("\"territories\": [ ]"),
                "empty optional lists are left out");
    }

    @Test
    void theWrittenFileReplacesNothingElseAndLeavesNoTemporaryFile() throws IOException {
        Path atlas = IslandsWithExtras.copy(temp.resolve("islands"));
        Tour tour = loaded(atlas).tour("strait-war").orElseThrow();
        Tour renamed = new Tour("strait-war-again", tour.title(), tour.description(), tour.level(), tour.minutes(),
                tour.steps());
        TourWriter.write(atlas, renamed);
        try (Stream<Path> files = Files.list(atlas.resolve("tours"))) {
            assertEquals(List.of("strait-war-again.json", "strait-war.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        Atlas both = loaded(atlas);
        assertEquals(renamed, both.tour("strait-war-again").orElseThrow());
    }

    @Test
    void aFolderWithoutToursGetsItsToursFolder() throws IOException {
        Path atlas = IslandsWithExtras.copy(temp.resolve("islands"));
        Tour tour = loaded(atlas).tour("strait-war").orElseThrow();
        Files.delete(atlas.resolve("tours/strait-war.json"));
        Files.delete(atlas.resolve("tours"));
        TourWriter.write(atlas, tour);
        assertEquals(tour, loaded(atlas).tour("strait-war").orElseThrow());
    }

    @Test
    void yearsBeforeOneThousandAreWrittenWithLeadingZeros() {
        assertEquals("0632-06-08", TourWriter.moment(LocalDateTime.of(632, 6, 8, 0, 0), false));
        assertEquals("2008-08-07T23:35", TourWriter.moment(LocalDateTime.of(2008, 8, 7, 23, 35), true));
    }

    private static Atlas loaded(Path folder) {
        LoadResult result = AtlasLoader.load(folder);
        assertEquals(List.of(), result.problems(), "the atlas in " + folder + " validates");
        return result.atlas().orElseThrow();
    }

    private static Path copyOf(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
