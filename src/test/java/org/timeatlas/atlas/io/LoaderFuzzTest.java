package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.geo.ProjectedAtlas;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TickPlanner;
import org.timeatlas.time.TimeAxis;

/**
 * Thousands of seeded mutations of the islands atlas: wrong types, odd values, cut and repeated text, stray
 * bytes. Whatever the input, the loader returns either a valid atlas that the map and the timeline can use, or
 * problems that each have a file, a line, a column and one plain, safe line of text. A crash it finds becomes a
 * case in src/test/resources/broken/.
 */
class LoaderFuzzTest {

    private static final long SEED = 20240612L;
    private static final int MUTATIONS = 3000;
    /** On a machine busy with other work the run stops here, after at least {@link #AT_LEAST} mutations. */
    private static final Duration TIME_BOX = Duration.ofSeconds(50);
    private static final int AT_LEAST = 1000;
    private static final int EXTRAS_MUTATIONS = 1000;
    private static final Duration EXTRAS_TIME_BOX = Duration.ofSeconds(30);
    private static final int EXTRAS_AT_LEAST = 400;
    private static final String[] REPLACEMENTS = {
        "{}", "[]", "\"x\"", "\"\"", "0", "-1", "1e999", "-1e999", "null", "true", "\"\\u001b[31mred\"", "[1,2]",
        "{\"a\": 1}", "123456789012345678901234567890", "\"2000-01-01\"", "\"2000-06-05T04:30\"", "\"2000-01-01\"",
        "\"Bad Id\"", "\"../../etc/passwd\"", "\"/etc/passwd\"", "\"+proj=longlat +datum=WGS84\"", "[[1,2],[3,4]]",
        "{\"en\": \"x\", \"hi\": \"य\"}", "\"west-isle\"", "\"gazette\"", "0.5", "90", "180", "-180", "1.5", "[\"x\"]",
        "\"#GGGGGG\"", "{\"id\": \"gazette\", \"section\": 5}", "\"air-strike\"", "\"overlay\"", "\"exact\""};
    private static final byte[][] STRAY_BYTES = {
        {(byte) 0xff}, {(byte) 0xc3}, {0}, {0x1b, '[', '2', 'J'}, {'{'}, {'['}, {'"'}, {','}, {'\n'},
        {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {(byte) 0xe2, (byte) 0x80, (byte) 0xae}, {'/', '/'}};

    private static final String GLOSSARY = """
            [
              {"id": "strait", "term": {"en": "strait", "hi": "जलडमरूमध्य"},
               "aliases": {"en": ["the strait", "narrows"], "hi": ["संकरा समुद्री मार्ग"]},
               "definition": {"en": "A narrow sea between two islands.", "hi": "दो द्वीपों के बीच संकरा समुद्र।"},
               "sources": ["gazette", {"id": "chronicle", "section": "ch. 3"}]}
            ]
            """;

    @TempDir
    Path temp;

    @Test
    void noMutationOfTheIslandsAtlasCrashesTheLoaderOrPassesFalsely() throws IOException {
        Path atlas = TestAtlases.copyOfIslands(temp.resolve("islands"));
        Files.writeString(atlas.resolve("glossary.json"), GLOSSARY); // the islands have none: so the reader is fuzzed too
        fuzz(atlas, name -> true, SEED, MUTATIONS, AT_LEAST, TIME_BOX);
    }

    @Test
    void noMutationOfTheToursQuizOrLensesCrashesTheLoaderOrPassesFalsely() throws IOException {
        Path atlas = org.timeatlas.atlas.IslandsWithExtras.copy(temp.resolve("extras"));
        fuzz(atlas, name -> name.startsWith("tours/") || name.equals("quiz.json") || name.equals("lenses.json"),
                SEED + 1, EXTRAS_MUTATIONS, EXTRAS_AT_LEAST, EXTRAS_TIME_BOX);
    }

    /** Mutates the files {@code chosen} picks, one at a time, and loads the atlas after each mutation. */
    private static void fuzz(Path atlas, java.util.function.Predicate<String> chosen, long seed, int mutations,
                             int atLeast, Duration timeBox) throws IOException {
        Map<String, byte[]> originals = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(atlas)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                originals.put(atlas.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        List<String> names = new ArrayList<>(originals.keySet().stream().filter(chosen).toList());
        Random random = new Random(seed);
        long started = System.nanoTime();
        int valid = 0;
        int done = 0;
        for (int i = 0; i < mutations && (i < atLeast || System.nanoTime() - started < timeBox.toNanos()); i++) {
            done++;
            String name = names.get(random.nextInt(names.size()));
            byte[] original = originals.get(name);
            byte[] mutated = mutate(original, random);
            Path file = atlas.resolve(name);
            Files.write(file, mutated);
            String what = "mutation " + i + " of " + name + ":\n" + new String(mutated, StandardCharsets.UTF_8);
            try {
                LoadResult result = AtlasLoader.load(atlas);
                if (result.valid()) {
                    valid++;
                    usable(result.atlas().orElseThrow(), what);
                } else {
                    located(result.problems(), what);
                }
            } catch (RuntimeException | Error escaped) {
                throw new AssertionError("the loader threw on " + what, escaped);
            } finally {
                Files.write(file, original);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("LoaderFuzzTest: %d mutations of %s in %.1f s, %d still valid%n", done, names.size() < 5 ? names
                : names.size() + " files", took.toMillis() / 1000.0, valid);
        assertTrue(valid > 0 && valid < done, "the mutations should break most copies but not all: " + valid + " of " + done);
    }

    /** A valid atlas must be one the explorer can build: its map geometry, state index and timeline plan. */
    private static void usable(Atlas atlas, String what) {
        try {
            new ProjectedAtlas(atlas, 0);
            StateIndex index = new StateIndex(atlas);
            index.eventsAround(atlas.info().defaultMoment(), Duration.ofDays(30));
            for (org.timeatlas.atlas.Lens lens : atlas.lenses()) {
                atlas.territories().forEach(t -> index.statusAt(t.id(), atlas.info().defaultMoment(), lens.id()));
            }
            new org.timeatlas.quiz.QuestionGenerator(atlas, index).generate(6, new Random(1));
            new TickPlanner(new TimeAxis(atlas.info().axis())).plan(0, 1200, (level, moment) -> 20);
        } catch (RuntimeException failed) {
            throw new AssertionError("a valid atlas failed to build: " + what, failed);
        }
    }

    private static void located(List<Problem> problems, String what) {
        assertFalse(problems.isEmpty(), what);
        for (Problem problem : problems) {
            String line = problem.toString();
            assertFalse(problem.file().isBlank(), line);
            assertTrue(problem.line() >= 1 && problem.column() >= 1, line);
            assertFalse(problem.message().isBlank(), line);
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)), () -> "unsafe: " + line);
            for (String internal : List.of("Exception", "StreamReadConstraints", "getMax", "`", "program failed")) {
                if (line.contains(internal)) {
                    fail("not plain (\"" + internal + "\"): " + line + "\n" + what);
                }
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        int kind = random.nextInt(10);
        if (kind < 5) {
            List<int[]> values = values(text);
            if (!values.isEmpty()) {
                int[] value = values.get(random.nextInt(values.size()));
                String replacement = kind == 4 && values.size() > 1
                        ? slice(text, values.get(random.nextInt(values.size())))
                        : REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
                return (text.substring(0, value[0]) + replacement + text.substring(value[1])).getBytes(StandardCharsets.UTF_8);
            }
        }
        if (kind == 5 && original.length > 0) { // cut a piece
            int from = random.nextInt(original.length);
            int to = Math.min(original.length, from + 1 + random.nextInt(20));
            return concat(slice(original, 0, from), slice(original, to, original.length));
        }
        if (kind == 6 && original.length > 0) { // repeat a piece
            int from = random.nextInt(original.length);
            int to = Math.min(original.length, from + 1 + random.nextInt(40));
            return concat(slice(original, 0, to), slice(original, from, original.length));
        }
        if (kind == 7) { // a repeated key
            int brace = text.indexOf('{', random.nextInt(Math.max(1, text.length())));
            if (brace >= 0) {
                return (text.substring(0, brace + 1) + "\"id\": \"dup\", " + text.substring(brace + 1)).getBytes(StandardCharsets.UTF_8);
            }
        }
        int at = original.length == 0 ? 0 : random.nextInt(original.length + 1);
        return concat(concat(slice(original, 0, at), STRAY_BYTES[random.nextInt(STRAY_BYTES.length)]),
                slice(original, at, original.length));
    }

    /** Start and end (char offsets) of every JSON value in {@code text}; empty when it does not parse. */
    private static List<int[]> values(String text) {
        List<int[]> values = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.add(start);
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    values.add(new int[] {open.remove(open.size() - 1), start + 1});
                } else if (token != JsonToken.FIELD_NAME) {
                    values.add(new int[] {start, (int) parser.currentLocation().getCharOffset()});
                }
            }
        } catch (IOException notJson) {
            return List.of();
        }
        return values;
    }

    private static String slice(String text, int[] range) {
        return text.substring(range[0], range[1]);
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    @Test
    void theUnmutatedIslandsAtlasIsValid() {
        assertEquals(List.of(), AtlasLoader.load(TestAtlases.islandsFolder()).problems());
    }
}
