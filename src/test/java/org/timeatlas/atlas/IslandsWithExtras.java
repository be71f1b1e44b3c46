package org.timeatlas.atlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.atlas.io.LoadResult;
import org.timeatlas.testing.TestAtlases;

/**
 * The synthetic islands atlas with a tour ({@code tours/strait-war.json}), a quiz of one question of each kind and
 * two lenses ("law", "recognition"), from src/test/resources/atlases/islands-extras laid over a copy of the islands.
 */
public final class IslandsWithExtras {

    private IslandsWithExtras() {
    }

    /** A copy of the islands atlas with the extras, in {@code target}, for a test to change. */
    public static Path copy(Path target) {
        Path atlas = TestAtlases.copyOfIslands(target);
        Path extras = extrasFolder();
        try (Stream<Path> files = Files.walk(extras)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = atlas.resolve(extras.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return atlas;
    }

    /** The atlas, loaded from a copy in {@code temp}; fails if it has any problem. */
    public static Atlas load(Path temp) {
        LoadResult result = AtlasLoader.load(copy(temp.resolve("islands-with-extras")));
        if (!result.valid()) {
            throw new AssertionError("the islands with extras must load without problems: " + result.problems());
        }
        return result.atlas().orElseThrow();
    }

    private static Path extrasFolder() {
        try {
            return Path.of(IslandsWithExtras.class.getResource("/atlases/islands-extras/quiz.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
