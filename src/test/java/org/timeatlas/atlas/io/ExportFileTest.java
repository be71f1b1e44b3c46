package org.timeatlas.atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.testing.TestAtlases;

/** Exports are written whole or not at all, and a failure is one line that names the file. */
class ExportFileTest {

    @TempDir
    Path temp;

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = temp.resolve("events.csv");
        Files.writeString(file, "the previous export");
        ExportException failure = assertThrows(ExportException.class, () -> ExportFile.write(file, out -> {
            out.write("half of the new export".getBytes(StandardCharsets.UTF_8));
            throw new FileSystemException(file.toString(), null, "No space left on device");
        }));
        assertEquals("cannot write " + file + ": no space left on device", failure.getMessage());
        assertEquals("the previous export", Files.readString(file));
        assertEquals(List.of(file), files(), "no temporary file is left behind");
    }

    @Test
    void aFailureOfANewFileLeavesNoFileAtAll() {
        Path file = temp.resolve("events.kml");
        assertThrows(ExportException.class, () -> ExportFile.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("a bug in the writer");
        }));
        assertFalse(Files.exists(file));
        assertEquals(List.of(), files());
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsOneClearLine() {
        Path missing = temp.resolve("no-such-folder").resolve("events.kml");
        ExportException noFolder = assertThrows(ExportException.class,
                () -> new Exporter(TestAtlases.islands()).eventsKml(missing));
        assertEquals("cannot write " + missing + ": the folder " + missing.getParent() + " does not exist",
                noFolder.getMessage());
        ExportException isFolder = assertThrows(ExportException.class,
                () -> new Exporter(TestAtlases.islands()).eventsCsv(temp));
        assertEquals("cannot write " + temp + ": it is a folder", isFolder.getMessage());
        assertEquals(1, isFolder.getMessage().lines().count());
    }

    @Test
    void aWrittenExportReplacesTheOldOneWithTheUsualPermissions() throws IOException {
        Path file = temp.resolve("events.geojson");
        Files.writeString(file, "old");
        Path plain = temp.resolve("plain.txt");
        Files.writeString(plain, "written the ordinary way, for the permissions the user's umask gives");
        new Exporter(TestAtlases.islands()).eventsGeoJson(file);
        assertTrue(Files.readString(file).startsWith("{\"type\":\"FeatureCollection\""));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
            assertEquals(expected, Files.getPosixFilePermissions(file), "not the owner-only mode of a temp file");
        }
        assertEquals(List.of(file, plain), files());
    }

    private List<Path> files() {
        try (Stream<Path> list = Files.list(temp)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
