package org.timeatlas.settings;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    record Bookmark(String eventId, LocalDate addedOn) {
    }

    record Bookmarks(List<Bookmark> items, LocalDateTime lastChanged) {
    }

    @TempDir
    Path folder;

    private SettingsStore store() {
        return new SettingsStore(folder);
    }

    private Path file() {
        return folder.resolve("settings.json");
    }

    private void write(String json) throws IOException {
        Files.writeString(file(), json, UTF_8);
    }

    static Settings everyFieldSet() {
        return Settings.defaults()
                .withMoment(LocalDateTime.of(2008, 8, 8, 6, 30))
                .withLanguage("hi")
                .withDayByDay(true)
                .withUiScale(1.35)
                .withWindow(new WindowPlacement(-1280.5, 40, 1024, 768, true, true))
                .withAtlasFolder(Path.of("/home/nino/atlases/georgia 1991-2008"))
                .withDividers("right-column", 0.3, 0.675)
                .withDividers("day-card", 0.5)
                .withPresenterScreen("1920x1080+1920+0")
                .withSection("bookmarks", new Bookmarks(List.of(new Bookmark("2008-08-08-tskhinvali", LocalDate.of(2026, 11, 30))),
                        LocalDateTime.of(2026, 11, 30, 9, 15)))
                .withSection("quiz", List.of(1, 0, 1));
    }

    @Test
    void everyFieldRoundTrips() throws IOException {
        Settings saved = everyFieldSet();
        assertEquals(SaveOutcome.WRITTEN, store().save(saved));
        LoadedSettings loaded = store().load();
        assertEquals(Optional.empty(), loaded.warning());
        Settings read = loaded.settings();
        assertEquals(saved, read);
        assertEquals(Optional.of(LocalDateTime.of(2008, 8, 8, 6, 30)), read.moment());
        assertEquals(Optional.of("hi"), read.language());
        assertTrue(read.dayByDay());
        assertEquals(1.35, read.uiScale());
        assertEquals(Optional.of(new WindowPlacement(-1280.5, 40, 1024, 768, true, true)), read.window());
        assertEquals(Optional.of(Path.of("/home/nino/atlases/georgia 1991-2008")), read.atlasFolder());
        assertArrayEquals(new double[] {0.3, 0.675}, read.dividers("right-column").orElseThrow());
        assertArrayEquals(new double[] {0.5}, read.dividers("day-card").orElseThrow());
        assertEquals(Optional.of("1920x1080+1920+0"), read.presenterScreen());
        assertEquals(saved.section("bookmarks", Bookmarks.class), read.section("bookmarks", Bookmarks.class));
        assertEquals("2008-08-08-tskhinvali", read.section("bookmarks", Bookmarks.class).orElseThrow().items().get(0).eventId());
        assertEquals(1, SettingsJson.MAPPER.readTree(file().toFile()).get("formatVersion").intValue());
    }

    @Test
    void defaultsRoundTripAndASecondIdenticalSaveWritesNothing() throws IOException {
        assertEquals(SaveOutcome.WRITTEN, store().save(Settings.defaults()));
        assertEquals(SaveOutcome.UNCHANGED, store().save(Settings.defaults()));
        assertEquals(new LoadedSettings(Settings.defaults(), Optional.empty()), store().load());
        assertEquals("{\n  \"formatVersion\" : 1,\n  \"dayByDay\" : false,\n  \"uiScale\" : 1.0\n}\n",
                Files.readString(file(), UTF_8));
    }

    @Test
    void aMissingFileGivesDefaultsWithoutAWarning() {
        assertEquals(new LoadedSettings(Settings.defaults(), Optional.empty()), new SettingsStore(folder.resolve("never")).load());
    }

    @Test
    void saveCreatesAMissingFolder() throws IOException {
        SettingsStore nested = new SettingsStore(folder.resolve("a/b/time-atlas"));
        nested.save(everyFieldSet());
        assertEquals(everyFieldSet(), nested.load().settings());
    }

    @Test
    void aFolderWhereTheFileShouldBeGivesDefaultsAndOneWarningAndSaveSaysWhy() throws IOException {
        Files.createDirectory(file());
        Files.writeString(file().resolve("keep.txt"), "not ours");
        LoadedSettings loaded = store().load();
        assertDefaultsWithWarning(loaded, "is a folder");
        IOException failure = assertThrows(IOException.class, () -> store().save(everyFieldSet()));
        assertTrue(failure.getMessage().startsWith("cannot save settings to " + file() + ": "), failure.getMessage());
        assertTrue(Files.isDirectory(file()));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aFileWithoutReadPermissionGivesDefaultsAndOneWarning() throws IOException {
        store().save(everyFieldSet());
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file()), "running as root: every file is readable, nothing to check");
            assertDefaultsWithWarning(store().load(), "cannot be read (permission denied");
        } finally {
            Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsAnIOExceptionNamingTheFile() throws IOException {
        Files.writeString(folder.resolve("blocked"), "a file, not a folder");
        SettingsStore blocked = new SettingsStore(folder.resolve("blocked/time-atlas"));
        IOException failure = assertThrows(IOException.class, () -> blocked.save(Settings.defaults()));
        assertTrue(failure.getMessage().startsWith("cannot save settings to " + blocked.file() + ": "), failure.getMessage());
        String warning = blocked.load().warning().orElseThrow();
        assertTrue(warning.startsWith(blocked.file() + ": cannot be read ("), warning);
    }

    @Test
    void corruptJsonGivesDefaultsAndAWarningWithLineAndColumn() throws IOException {
        write("{\n  \"formatVersion\": 1,\n  \"language\": \"hi\"\n  \"dayByDay\": true\n}\n");
        LoadedSettings loaded = store().load();
        assertDefaultsWithWarning(loaded, "not valid JSON");
        assertTrue(loaded.warning().orElseThrow().startsWith(file() + ":4:"), loaded.warning().orElseThrow());
    }

    @Test
    void aHalfWrittenFileGivesDefaultsAndOneWarning() throws IOException {
        store().save(everyFieldSet());
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertDefaultsWithWarning(store().load(), "not valid JSON");
    }

    @Test
    void anEmptyFileGivesDefaultsAndOneWarning() throws IOException {
        write("");
        assertDefaultsWithWarning(store().load(), "is empty");
    }

    @Test
    void jsonThatIsNotAnObjectGivesDefaultsAndOneWarning() throws IOException {
        write("[1, 2, 3]");
        assertDefaultsWithWarning(store().load(), "not an object");
    }

    @Test
    void textAfterTheObjectMakesTheFileCorrupt() throws IOException {
        write("{\"formatVersion\": 1, \"language\": \"hi\"}\n{\"formatVersion\": 1}");
        assertDefaultsWithWarning(store().load(), "not valid JSON");
    }

    @Test
    void absurdlyDeepJsonIsAWarningNotACrash() throws IOException {
        write("{\"sections\": {\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}}");
        assertDefaultsWithWarning(store().load(), "not valid JSON");
    }

    @Test
    void wrongTypedMembersFallBackOneByOneWithOneWarning() throws IOException {
        write("""
                {
                  "formatVersion": 1,
                  "moment": "yesterday",
                  "language": "hi",
                  "dayByDay": "yes",
                  "uiScale": 1.5,
                  "window": {"x": "left", "y": 0, "width": 800, "height": 600},
                  "atlasFolder": 42,
                  "dividers": {"right-column": [0.25, 0.75], "day-card": [2.0], "list": "half"},
                  "presenterScreen": 2,
                  "sections": {"tours": {"tourId": "t"}}
                }
                """);
        LoadedSettings loaded = store().load();
        Settings read = loaded.settings();
        assertEquals(Optional.empty(), read.moment());
        assertEquals(Optional.of("hi"), read.language());
        assertFalse(read.dayByDay());
        assertEquals(1.5, read.uiScale());
        assertEquals(Optional.empty(), read.window());
        assertEquals(Optional.empty(), read.atlasFolder());
        assertArrayEquals(new double[] {0.25, 0.75}, read.dividers("right-column").orElseThrow());
        assertEquals(List.of("right-column"), List.copyOf(read.dividers().keySet()));
        assertEquals(Optional.of("2"), read.presenterScreen());
        assertEquals(List.of("tours"), List.copyOf(read.sections().names()));
        String warning = loaded.warning().orElseThrow();
        assertEquals(1, warning.lines().count());
        assertTrue(warning.startsWith(file() + ": 6 members could not be read and use their defaults: "), warning);
        for (String member : List.of("moment (", "dayByDay (", "window (", "atlasFolder (", "dividers.day-card (", "dividers.list (")) {
            assertTrue(warning.contains(member), member + " in " + warning);
        }
    }

    @Test
    void aMemberOfTheWrongTypeIsReplacedAtTheNextSave() throws IOException {
        write("{\"formatVersion\": 1, \"uiScale\": \"big\", \"language\": \"hi\"}");
        LoadedSettings loaded = store().load();
        assertTrue(loaded.warning().orElseThrow().contains("uiScale (not a number)"));
        store().save(loaded.settings().withUiScale(2));
        LoadedSettings again = store().load();
        assertEquals(Optional.empty(), again.warning());
        assertEquals(2.0, again.settings().uiScale());
        assertEquals(Optional.of("hi"), again.settings().language());
    }

    @Test
    void aFileWithoutAFormatVersionIsReadWithAWarning() throws IOException {
        write("{\"language\": \"hi\"}");
        LoadedSettings loaded = store().load();
        assertEquals(Optional.of("hi"), loaded.settings().language());
        assertTrue(loaded.warning().orElseThrow().contains("formatVersion (missing"), loaded.warning().orElseThrow());
    }

    @Test
    void aFileFromAFutureMajorVersionGivesDefaultsAndIsNotOverwritten() throws IOException {
        String newer = "{\"formatVersion\": 2, \"language\": \"hi\", \"uiScale\": 2.0, \"layout\": {\"panes\": 3}}";
        write(newer);
        LoadedSettings loaded = store().load();
        assertDefaultsWithWarning(loaded, "written by a newer Time Atlas (settings format 2, this version reads 1)");
        assertEquals(SaveOutcome.KEPT_NEWER_FILE, store().save(loaded.settings().withLanguage("en")));
        assertEquals(newer, Files.readString(file(), UTF_8));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void unknownMembersOfTheSameMajorVersionAreKeptWhenRewriting() throws IOException {
        write("""
                {
                  "formatVersion": 1,
                  "language": "en",
                  "window": {"x": 0, "y": 0, "width": 800, "height": 600, "screen": "HDMI-1", "zoomed": [1, 2]},
                  "sections": {"lens": {"mode": "de-jure", "since": "2026-12-01"}},
                  "recentAtlases": ["/a", "/b"],
                  "theme": {"contrast": "high"}
                }
                """);
        LoadedSettings loaded = store().load();
        assertEquals(Optional.empty(), loaded.warning());
        assertEquals(Set.of("window", "recentAtlases", "theme"), loaded.settings().unknownMembers().names());
        Settings changed = loaded.settings().withLanguage("hi")
                .withWindow(new WindowPlacement(5, 6, 1280, 720, false, false))
                .withSection("tours", List.of("a"));
        store().save(changed);

        JsonNode root = SettingsJson.MAPPER.readTree(file().toFile());
        assertEquals("hi", root.get("language").textValue());
        assertEquals(SettingsJson.MAPPER.readTree("[\"/a\", \"/b\"]"), root.get("recentAtlases"));
        assertEquals("high", root.at("/theme/contrast").textValue());
        assertEquals("HDMI-1", root.at("/window/screen").textValue());
        assertEquals(SettingsJson.MAPPER.readTree("[1, 2]"), root.at("/window/zoomed"));
        assertEquals(1280, root.at("/window/width").intValue());
        assertEquals("de-jure", root.at("/sections/lens/mode").textValue());
        assertEquals(changed, store().load().settings());
    }

    @Test
    void nullMembersMeanNotRemembered() throws IOException {
        write("{\"formatVersion\": 1, \"moment\": null, \"window\": null, \"language\": \"hi\"}");
        LoadedSettings loaded = store().load();
        assertEquals(Optional.empty(), loaded.warning());
        assertEquals(Settings.defaults().withLanguage("hi"), loaded.settings());
    }

    @Test
    void aDateWithoutTimeIsReadAsTheStartOfThatDay() throws IOException {
        write("{\"formatVersion\": 1, \"moment\": \"2008-08-12\"}");
        assertEquals(Optional.of(LocalDateTime.of(2008, 8, 12, 0, 0)), store().load().settings().moment());
    }

    @Test
    void anOutOfRangeScaleInTheFileIsClamped() throws IOException {
        write("{\"formatVersion\": 1, \"uiScale\": 9}");
        LoadedSettings loaded = store().load();
        assertEquals(2.5, loaded.settings().uiScale());
        assertEquals(Optional.empty(), loaded.warning());
    }

    @Test
    void temporaryFilesOfDeadProcessesAreRemovedByLoadAndSave() throws IOException {
        Files.createDirectories(folder);
        long own = ProcessHandle.current().pid();
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path dead = Files.writeString(folder.resolve("settings.json.2147483646.k3x.tmp"), "{\"formatVer");
        Path ours = Files.writeString(folder.resolve("settings.json." + own + ".zz.tmp"), "{");
        Path nameless = Files.writeString(folder.resolve("settings.json.garbage.tmp"), "");
        Path othersInProgress = Files.writeString(folder.resolve("settings.json." + alive + ".abc.tmp"), "{\"form");
        Path notOurs = Files.writeString(folder.resolve("notes.tmp"), "keep");
        store().load();
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(ours));
        assertFalse(Files.exists(nameless));
        assertTrue(Files.exists(othersInProgress), "a live process may still be writing it");
        assertTrue(Files.exists(notOurs));

        Path deadAgain = Files.writeString(folder.resolve("settings.json.2147483645.q.tmp"), "{");
        store().save(everyFieldSet());
        assertFalse(Files.exists(deadAgain));
        assertEquals(List.of(othersInProgress), temporaryFiles());
    }

    @Test
    void sectionsWrittenByOneRecordTypeAreReadByALaterVersionOfIt() throws IOException {
        record ProgressV1(String tourId, int step) {
        }
        record ProgressV2(String tourId, int step, boolean finished) {
        }
        store().save(Settings.defaults().withSection("tours", new ProgressV2("t", 3, true)));
        assertEquals(Optional.of(new ProgressV1("t", 3)), store().load().settings().section("tours", ProgressV1.class));
        assertEquals(Optional.of(new ProgressV2("t", 3, true)), store().load().settings().section("tours", ProgressV2.class));
    }

    private void assertDefaultsWithWarning(LoadedSettings loaded, String expected) {
        assertEquals(Settings.defaults(), loaded.settings());
        String warning = loaded.warning().orElseThrow(() -> new AssertionError("no warning"));
        assertEquals(1, warning.lines().count(), warning);
        assertTrue(warning.startsWith(file().toString()), warning);
        assertTrue(warning.contains(expected), warning);
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("settings.json.")
                    && f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
