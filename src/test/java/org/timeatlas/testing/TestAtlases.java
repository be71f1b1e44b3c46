package org.timeatlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;

/** The synthetic "islands" atlas of src/test/resources, and copies of it to break in tests. */
public final class TestAtlases {

    private TestAtlases() {
    }

    public static Path islandsFolder() {
        try {
            return Path.of(TestAtlases.class.getResource("/atlases/islands/atlas.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Atlas islands() {
        LoadResult result = AtlasLoader.load(islandsFolder());
        if (!result.valid()) {
            throw new IllegalStateException("the test atlas has problems: " + result.problems());
        }
        return result.atlas().orElseThrow();
    }

    /** The Georgia atlas packaged with the app; fails the calling test if it has any problem. */
    public static Atlas embedded() {
        LoadResult result = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED);
        if (!result.valid()) {
            throw new AssertionError("the embedded atlas must load without problems: " + result.problems());
        }
        return result.atlas().orElseThrow();
    }

    /** Copies the islands atlas into {@code target} so a test can change its files. */
    public static Path copyOfIslands(Path target) {
        Path source = islandsFolder();
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

    /** Replaces the first occurrence of {@code from} with {@code to} in an atlas file; fails if absent. */
    public static void edit(Path atlas, String file, String from, String to) {
        try {
            Path path = atlas.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
