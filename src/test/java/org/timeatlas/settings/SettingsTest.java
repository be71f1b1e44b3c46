package org.timeatlas.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    record TourProgress(String tourId, long step, List<String> seen) {
    }

    record QuizResult(String questionId, boolean right) {
    }

    record WithOptional(Optional<String> value) {
    }

    @Test
    void defaultsRememberNothing() {
        Settings defaults = Settings.defaults();
        assertEquals(Optional.empty(), defaults.moment());
        assertEquals(Optional.empty(), defaults.language());
        assertFalse(defaults.dayByDay());
        assertEquals(1.0, defaults.uiScale());
        assertEquals(Optional.empty(), defaults.window());
        assertEquals(Optional.empty(), defaults.atlasFolder());
        assertEquals(Map.of(), defaults.dividers());
        assertEquals(Optional.empty(), defaults.presenterScreen());
        assertTrue(defaults.sections().isEmpty());
        assertTrue(defaults.unknownMembers().isEmpty());
    }

    @Test
    void uiScaleIsClampedToSeventyFiveToTwoHundredFiftyPercent() {
        assertEquals(0.75, Settings.defaults().withUiScale(0.5).uiScale());
        assertEquals(2.5, Settings.defaults().withUiScale(4).uiScale());
        assertEquals(1.25, Settings.defaults().withUiScale(1.25).uiScale());
        assertEquals(1.0, Settings.defaults().withUiScale(Double.NaN).uiScale());
        assertEquals(2.5, Settings.defaults().withUiScale(Double.POSITIVE_INFINITY).uiScale());
    }

    @Test
    void withMethodsReturnCopiesAndLeaveTheOriginal() {
        Settings before = Settings.defaults();
        Settings after = before.withMoment(LocalDateTime.of(2008, 8, 8, 6, 0)).withLanguage("hi").withDayByDay(true);
        assertEquals(Optional.empty(), before.moment());
        assertEquals(Optional.of(LocalDateTime.of(2008, 8, 8, 6, 0)), after.moment());
        assertEquals(Optional.of("hi"), after.language());
        assertTrue(after.dayByDay());
        assertEquals(Optional.empty(), after.withMoment(null).moment());
    }

    @Test
    void anAtlasFolderIsKeptAbsolute() {
        Settings settings = Settings.defaults().withAtlasFolder(Path.of("maps/../maps/georgia"));
        assertEquals(Path.of("maps/georgia").toAbsolutePath(), settings.atlasFolder().orElseThrow());
        assertEquals(Optional.empty(), settings.withAtlasFolder(null).atlasFolder());
    }

    @Test
    void dividerPositionsAreCopiedInAndOut() {
        double[] positions = {0.3, 0.65};
        Settings settings = Settings.defaults().withDividers("right-column", positions);
        positions[0] = 0.9;
        double[] read = settings.dividers("right-column").orElseThrow();
        assertArrayEquals(new double[] {0.3, 0.65}, read);
        read[1] = 0.1;
        assertArrayEquals(new double[] {0.3, 0.65}, settings.dividers("right-column").orElseThrow());
        assertEquals(Optional.empty(), settings.dividers("left-column"));
        assertThrows(UnsupportedOperationException.class, () -> settings.dividers().put("x", List.of()));
    }

    @Test
    void badValuesAreRefusedWhereTheyAreSet() {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withDividers("split", 1.5));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withDividers("split", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withDividers(" ", 0.5));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withLanguage("Hindi language"));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withPresenterScreen(""));
        assertThrows(IllegalArgumentException.class, () -> new WindowPlacement(0, 0, 0, 600, false, false));
        assertThrows(IllegalArgumentException.class, () -> new WindowPlacement(Double.NaN, 0, 800, 600, false, false));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withSection("", new QuizResult("q", true)));
        assertThrows(IllegalArgumentException.class,
                () -> Settings.defaults().withSection("broken", new WithOptional(Optional.of("x"))));
    }

    @Test
    void aSectionIsReadAsTheRecordItWasWrittenAs() {
        TourProgress progress = new TourProgress("august-2008", 4, List.of("step-1", "step-2"));
        Settings settings = Settings.defaults().withSection("tours", progress).withSection("quiz", new QuizResult("q7", true));
        assertEquals(Optional.of(progress), settings.section("tours", TourProgress.class));
        assertEquals(Optional.of(new QuizResult("q7", true)), settings.section("quiz", QuizResult.class));
        assertEquals(Optional.empty(), settings.section("bookmarks", TourProgress.class));
        assertEquals(List.of("tours", "quiz"), List.copyOf(settings.sections().names()));
        assertEquals(Optional.empty(), settings.withoutSection("tours").section("tours", TourProgress.class));
        assertTrue(settings.section("tours", TourProgress.class).isPresent(), "the original keeps its section");
    }

    @Test
    void aSectionThatDoesNotFitItsTypeReadsAsAbsent() {
        Settings settings = Settings.defaults().withSection("tours", List.of(1, 2, 3));
        assertEquals(Optional.empty(), settings.section("tours", TourProgress.class));
    }

    @Test
    void settingsWithTheSameSectionsAreEqual() {
        Settings one = Settings.defaults().withSection("tours", new TourProgress("t", 3L, List.of()));
        Settings two = Settings.defaults().withSection("tours", Map.of("tourId", "t", "step", 3, "seen", List.of()));
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertNotEquals(one, Settings.defaults().withSection("tours", new TourProgress("t", 4L, List.of())));
    }
}
