package org.timeatlas.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.testing.BrokenAtlases;

class OutputTargetTest {

    private static final List<String> PNG = List.of(".png");

    @TempDir
    Path temp;

    @Test
    void aFileInAnExistingFolderMayBeWritten() throws IOException {
        assertEquals(Optional.empty(), OutputTarget.problem("--snapshot", temp.resolve("x.png"), PNG));
        Files.writeString(temp.resolve("old.png"), "old");
        assertEquals(Optional.empty(), OutputTarget.problem("--snapshot", temp.resolve("old.png"), PNG), "overwriting a file");
    }

    @Test
    void theRootIsNotAFileName() {
        assertEquals(Optional.of("--export /: not a file name; give a file such as out.txt"),
                OutputTarget.problem("--export", Path.of("/"), List.of()));
    }

    @Test
    void aFolderIsRefusedAndNamedWithAFileToGiveInstead() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        assertEquals(Optional.of("--snapshot " + empty + ": is a folder; give a file name in it, e.g. " + empty
                + "/out.png"), OutputTarget.problem("--snapshot", empty, PNG));
    }

    @Test
    void aMissingFolderIsRefusedAndNotCreated() {
        Path file = temp.resolve("no/such/folder/x.png");
        assertEquals(Optional.of("--snapshot " + file + ": the folder " + temp.resolve("no/such/folder")
                + " does not exist (it is not created for you)"), OutputTarget.problem("--snapshot", file, PNG));
        assertTrue(Files.notExists(temp.resolve("no")));
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefused() throws IOException {
        Files.writeString(temp.resolve("plain"), "x");
        assertTrue(OutputTarget.problem("--export", temp.resolve("plain/x.csv"), List.of()).orElseThrow()
                .endsWith(": " + temp.resolve("plain") + " is not a folder"));
    }

    @Test
    void aPipeIsRefusedSoNothingWaitsOnIt() {
        Path pipe = temp.resolve("pipe.png");
        assumeTrue(BrokenAtlases.fifo(pipe), "no mkfifo here");
        assertTrue(OutputTarget.problem("--snapshot", pipe, PNG).orElseThrow().endsWith(
                ": is not a regular file (a device, pipe or socket)"));
    }

    @Test
    void theWrongEndingIsRefused() {
        assertEquals(Optional.of("--snapshot " + temp.resolve("x.jpg") + ": needs a file ending in .png"),
                OutputTarget.problem("--snapshot", temp.resolve("x.jpg"), PNG));
    }

    @Test
    void writingReplacesTheFileWholeAndLeavesNothingElse() throws IOException {
        Path file = Files.writeString(temp.resolve("out.csv"), "old");
        OutputTarget.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoPartialOne() throws IOException {
        Path file = Files.writeString(temp.resolve("out.csv"), "old");
        assertThrows(IOException.class, () -> OutputTarget.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writingNeverReplacesAFolderEvenAnEmptyOne() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("shot.png"));
        assertThrows(IOException.class, () -> OutputTarget.write(folder, out -> out.write(1)));
        assertTrue(Files.isDirectory(folder), "the folder is still there");
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(folder), files.toList());
        }
    }

    @Test
    void writingIntoAMissingFolderFailsWithoutCreatingIt() {
        Path file = temp.resolve("missing/out.csv");
        assertThrows(IOException.class, () -> OutputTarget.write(file, out -> out.write(1)));
        assertTrue(Files.notExists(temp.resolve("missing")));
    }
}
