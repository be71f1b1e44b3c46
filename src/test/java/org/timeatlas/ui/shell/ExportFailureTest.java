package org.timeatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/** A failed export says which folder could not be written and why, in the explorer's language, without Java's words. */
class ExportFailureTest {

    private static Texts texts(String language) {
        LocalDateTime moment = LocalDateTime.of(2008, 8, 8, 0, 0);
        return new Texts(new ExplorerState(moment.minusYears(20), moment.plusYears(1), moment, language));
    }

    @Test
    void aTemporaryFileRefusedInAFolderNamesTheFolderNotTheTemporaryFile(@TempDir Path folder) {
        Throwable failure = new IOException("wrapped", new FileSystemException(
                folder.resolve(".war.gif.11367759572161664673.part").toString(), null, "Operation not permitted"));
        String said = ExportFailure.describe(failure, texts("en"));
        assertEquals("Time Atlas cannot write in the folder " + folder.toAbsolutePath() + ": choose another folder.",
                said);
        assertFalse(said.contains(".part"));
    }

    @Test
    void aSystemFolderThatCreatesNoFilesIsNotSaidToBeMissing() {
        // creating a file in /proc fails with "no such file", though /proc exists
        String said = ExportFailure.describe(new NoSuchFileException("/proc/events.csv"), texts("en"));
        assertEquals("Time Atlas cannot write in the folder /proc: choose another folder.", said);
    }

    @Test
    void aMissingFolderIsSaidToBeMissing(@TempDir Path parent) {
        Path missing = parent.resolve("gone");
        String said = ExportFailure.describe(new NoSuchFileException(missing.resolve("a.pdf").toString()),
                texts("en"));
        assertEquals("The folder " + missing.toAbsolutePath() + " does not exist.", said);
    }

    @Test
    void aFullDiskAndAHindiExplorerAreWordedForTheUser(@TempDir Path folder) {
        String full = ExportFailure.describe(new FileSystemException(folder.resolve("a.mp4").toString(), null,
                "No space left on device"), texts("en"));
        assertEquals("The disk holding the folder " + folder.toAbsolutePath() + " is full.", full);
        String hindi = ExportFailure.describe(new AccessDeniedException(folder.resolve("h.pdf").toString()),
                texts("hi"));
        assertTrue(hindi.contains("फ़ोल्डर " + folder.toAbsolutePath() + " में लिखा नहीं जा सकता"), hindi);
        assertFalse(hindi.matches(".*\\b(cannot|write|folder)\\b.*"), hindi);
    }

    @Test
    void aFailureNotAboutFilesKeepsItsOwnFirstLine() {
        assertEquals("no PNG writer in this Java",
                ExportFailure.describe(new IOException("no PNG writer in this Java\nmore"), texts("en")));
    }
}
