package org.timeatlas.ui.bookmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.bookmarks.Bookmark;
import org.timeatlas.bookmarks.Bookmarks;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.map.MapPane;
import org.timeatlas.ui.search.ExplorerFixture;

/** Bookmarks in the explorer: made with Ctrl+D and a note, kept across a restart, restored with Enter, exported. */
@ExtendWith(ApplicationExtension.class)
class BookmarksAppTest {

    static {
        ExplorerFixture.allowSlowSetup();
    }

    private static final Atlas GEORGIA = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();
    private static final Event EVENT = GEORGIA.events().stream()
            .filter(e -> e.start().getYear() == 2008 && e.start().getMonthValue() == 8 && e.sources().size() > 1)
            .findFirst().orElseThrow();
    private static final Path SETTINGS = Path.of("target", "test-settings", "bookmarks");

    private ExplorerFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        Files.createDirectories(SETTINGS);
        Files.deleteIfExists(SETTINGS.resolve("settings.json"));
        this.stage = stage;
        fixture = new ExplorerFixture(SETTINGS);
        fixture.show(stage, GEORGIA, LocalDateTime.of(1995, 1, 1, 0, 0), "en", List.of(new BookmarksFeature()));
    }

    @Test
    void aBookmarkWithItsNoteSurvivesARestartAndEnterRestoresItsMomentViewAndSelection(FxRobot robot) throws IOException {
        robot.interact(() -> {
            state().setMoment(EVENT.start());
            state().selectEvent(EVENT.id());
            state().requestView(ViewRequest.at(43.97, 42.23, 400));
        });
        // the map glides to a requested view: bookmark it once it has landed (a frame near the end of the glide
        // can be within a micrometre of the centre while its scale is still a little off)
        waitForTheMapToLand(robot);
        assertEquals(43.97, state().shownViewProperty().get().lon(), 1e-6, "the map arrived at the requested view");
        ViewRequest kept = state().shownViewProperty().get();
        robot.press(KeyCode.CONTROL).press(KeyCode.D).release(KeyCode.D).release(KeyCode.CONTROL);
        robot.lookup("#bookmark-note").queryTextInputControl();
        robot.interact(() -> robot.lookup("#bookmark-note").queryTextInputControl().setText("Shelling begins"));
        robot.clickOn("#bookmark-note").type(KeyCode.ENTER);
        assertEquals(1, list(robot).getItems().size(), "Enter saves the bookmark");
        assertEquals("Shelling begins", list(robot).getItems().get(0).note());

        robot.interact(() -> fixture.show(stage, GEORGIA, LocalDateTime.of(1995, 1, 1, 0, 0), "en",
                List.of(new BookmarksFeature())));
        assertEquals(1, list(robot).getItems().size(), "the bookmark survives re-creating the explorer");
        Bookmark restored = list(robot).getItems().get(0);
        assertEquals(EVENT.start(), restored.moment());
        assertEquals(EVENT.id(), restored.eventId());

        robot.interact(() -> {
            list(robot).requestFocus();
            list(robot).getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        assertEquals(EVENT.start(), state().moment(), "Enter goes back to the moment");
        assertEquals(EVENT.id(), state().selectedEventProperty().get(), "and the selection");
        waitForTheMapToLand(robot);
        ViewRequest now = state().shownViewProperty().get();
        assertEquals(kept.lon(), now.lon(), 1e-6, "and the map's view");
        assertEquals(kept.metresPerPixel(), now.metresPerPixel(), 1e-6);

        Path file = Path.of("target", "bookmarks-export.md");
        robot.interact(() -> BookmarksFeature.exportTo(file, fixture.explorer().context(),
                new Bookmarks(list(robot).getItems())));
        String md = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(md.contains("> Shelling begins"), md);
        EVENT.sources().forEach(source -> assertTrue(md.contains(String.valueOf(source.year())), source.title()));
        assertEquals(List.of(file), fixture.written());
    }

    /** Waits for the map's glide to a requested view (a few hundred milliseconds) to end where it was going. */
    private static void waitForTheMapToLand(FxRobot robot) {
        MapPane map = robot.lookup(".map-pane").queryAs(MapPane.class);
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> !map.isGliding()).get());
        } catch (java.util.concurrent.TimeoutException notYet) {
            throw new AssertionError("the map's glide did not end", notYet);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ExplorerState state() {
        return fixture.explorer().context().state();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Bookmark> list(FxRobot robot) {
        return robot.lookup("#bookmark-list").queryAs(ListView.class);
    }
}
