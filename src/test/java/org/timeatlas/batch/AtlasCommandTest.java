package org.timeatlas.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.timeatlas.LaunchOptions;
import org.timeatlas.testing.TestAtlases;

/** What {@code --export} and {@code --handout} share: the atlas they read and the --date they accept. */
class AtlasCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @CsvSource({"--export, events.csv, cannot export", "--handout, handout.pdf, no handout written"})
    void aBrokenAtlasListsItsProblemsThenOneRefusalAndWritesNothing(String option, String name, String refusal) {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("broken"));
        TestAtlases.edit(atlas, "territories.json", "\"status\": \"north\"", "\"status\": \"nord\"");
        Path file = temp.resolve(name);
        assertEquals(1, run(option, file, "--atlas", atlas.toString(), "--date", "2000-06-01"));
        List<String> lines = err().lines().toList();
        assertEquals(2, lines.size(), err());
        assertTrue(lines.get(0).matches("territories\\.json:4:\\d+: .*unknown status \"nord\".*"), lines.get(0));
        assertEquals("time-atlas: " + refusal + ": the atlas has 1 problem(s)", lines.get(1));
        assertFalse(Files.exists(file));
    }

    @ParameterizedTest
    @CsvSource({"--export, territories.geojson", "--handout, handout.pdf"})
    void aDateOutsideTheSpanIsOneLineWithTheSpan(String option, String name) {
        Path file = temp.resolve(name);
        assertEquals(2, run(option, file, "--atlas", TestAtlases.islandsFolder().toString(), "--date", "1999-05-01"));
        assertEquals(List.of("time-atlas: --date 1999-05-01T00:00 lies outside the atlas span 2000-01-01 … 2001-01-01"),
                err().lines().toList());
        assertFalse(Files.exists(file));
    }

    private int run(String option, Path file, String... rest) {
        String[] args = new String[rest.length + 2];
        args[0] = option;
        args[1] = file.toString();
        System.arraycopy(rest, 0, args, 2, rest.length);
        LaunchOptions options = LaunchOptions.parse(args);
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        BiFunction<PrintStream, PrintStream, AtlasCommand> command =
                option.equals("--export") ? ExportCommand::new : HandoutCommand::new;
        return command.apply(o, e).run(options);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
