package org.timeatlas.ui.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.i18n.Messages;
import org.timeatlas.output.animation.AnimationFormat;
import org.timeatlas.output.animation.AnimationSpec;
import org.timeatlas.output.animation.FramePlan;
import org.timeatlas.output.animation.FrameStep;
import org.timeatlas.output.animation.Probe;
import org.timeatlas.testing.TestAtlases;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.MapPictures;
import org.timeatlas.ui.map.MapFeature;
import org.timeatlas.ui.map.MapPane;

/** Animations of the embedded Georgia atlas, drawn by the real map off-screen and read back with ffprobe. */
@ExtendWith(ApplicationExtension.class)
class AnimationTest {

    private static final Atlas ATLAS = TestAtlases.embedded();

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        // the toolkit is what these tests need; the frames have a scene of their own
    }

    private static List<ExplorerFeature> map() {
        return List.of(new MapFeature());
    }

    private static AnimationSpec spec(Path file, String from, String to, String step, int fps) {
        return new AnimationSpec(file, new FramePlan(LocalDateTime.parse(from), LocalDateTime.parse(to),
                FrameStep.parse(step).orElseThrow()), 640, 360, fps);
    }

    private int animate(AnimationSpec spec, String language, ByteArrayOutputStream out) {
        return new AnimateCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run(ATLAS, AnimationTest::map, spec, language);
    }

    @Test
    void theWarInSixHourStepsIsAGifWithOneFrameForEachStepAtTheChosenRate() throws Exception {
        assumeTrue(Probe.available(), "ffprobe is not installed");
        Path gif = temp.resolve("war.gif");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, animate(spec(gif, "2008-08-07T00:00", "2008-08-09T00:00", "6h", 4), "en", out));
        Probe probe = Probe.of(gif);
        assertEquals(new Probe("gif", 640, 360, 9, 2.25), probe);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote " + gif + ": 9 frames, 640x360, 4 fps"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anMp4OfTheMonthPlaysInAStandardReader() throws Exception {
        assumeTrue(Probe.available(), "ffprobe is not installed");
        Path mp4 = temp.resolve("august.mp4");
        assertEquals(0, animate(spec(mp4, "2008-08-01T00:00", "2008-08-05T00:00", "1d", 2), "hi",
                new ByteArrayOutputStream()));
        Probe probe = Probe.of(mp4);
        assertEquals("h264", probe.codec());
        assertEquals(5, probe.frames());
        assertEquals(2.5, probe.seconds(), 0.05);
    }

    @Test
    void aFrameShowsTheMomentTheDaysHeadlineAndTheStatusesOfThatMoment() {
        LocalDateTime before = LocalDateTime.parse("2008-08-07T00:00");
        LocalDateTime during = LocalDateTime.parse("2008-08-10T12:00");
        Object[] seen = AnimationJob.onFx(() -> {
            try (MapFrames frames = new MapFrames(ATLAS, map(), FrameLook.plain("hi"), 640, 360, true, before)) {
                int[] first = frames.render(before, new int[640 * 360]).clone();
                String firstHeadline = frames.caption().headlineText();
                int[] second = frames.render(during, new int[640 * 360]);
                return new Object[] {first, second, firstHeadline, frames.caption().dateText(),
                        frames.caption().headlineText(), frames.state().moment()};
            }
        }).orTimeout(60, TimeUnit.SECONDS).join();
        int[] first = (int[]) seen[0];
        int[] second = (int[]) seen[1];
        Messages hindi = new Messages("hi");
        assertEquals(hindi.moment(during, true), seen[3]);
        assertEquals(FrameCaption.headline(ATLAS.dayCard(LocalDate.of(2008, 8, 10)).orElseThrow().summary().get("hi")),
                seen[4]);
        assertNotEquals(seen[2], seen[4], "each day its own headline");
        assertTrue(((String) seen[4]).length() > 10 && ((String) seen[4]).chars().anyMatch(c -> c >= 0x0900 && c < 0x0980),
                "a Hindi headline: " + seen[4]);
        assertEquals(during, seen[5]);
        assertTrue(colours(first) > 50, "a map, not a blank picture: " + colours(first) + " colours");
        long changed = java.util.stream.IntStream.range(0, first.length).filter(i -> first[i] != second[i]).count();
        assertTrue(changed > 2000, "the statuses of 10 August are not those of 7 August: " + changed + " pixels changed");
    }

    /** 26 August has a day card and 27 August none: the band keeps its height, so the map does not jump. */
    @Test
    void theMapStaysPutFromADayWithAHeadlineToOneWithout() {
        LocalDateTime withCard = LocalDateTime.parse("2008-08-26T00:00");
        LocalDateTime without = LocalDateTime.parse("2008-08-27T00:00");
        assertTrue(ATLAS.dayCard(withCard.toLocalDate()).isPresent());
        assertTrue(ATLAS.dayCard(without.toLocalDate()).isEmpty());
        for (int[] size : new int[][] {{1280, 720}, {640, 360}}) {
            Object[] seen = AnimationJob.onFx(() -> {
                try (MapFrames frames = new MapFrames(ATLAS, map(), FrameLook.plain("hi"), size[0], size[1], false,
                        withCard)) {
                    MapPane map = (MapPane) frames.scene().getRoot().lookup(".map-pane");
                    frames.render(withCard, new int[size[0] * size[1]]);
                    Object[] first = {frames.caption().getHeight(), map.viewProperty().get(),
                            frames.caption().headlineText()};
                    frames.render(without, new int[size[0] * size[1]]);
                    return new Object[] {first[0], first[1], first[2], frames.caption().getHeight(),
                            map.viewProperty().get(), frames.caption().headlineText()};
                }
            }).orTimeout(60, TimeUnit.SECONDS).join();
            assertFalse(((String) seen[2]).isEmpty(), "a headline on 26 August");
            assertEquals("", seen[5], "none on 27 August");
            assertEquals((double) seen[0], (double) seen[3], 0.0, "the band's height at " + size[0] + "x" + size[1]);
            assertEquals(seen[1], seen[4], "the map's view at " + size[0] + "x" + size[1]);
        }
    }

    @Test
    void aFrameLeavesOutTheLegendsButtonsAndTheirSpace() {
        Object[] seen = AnimationJob.onFx(() -> {
            try (MapFrames frames = new MapFrames(ATLAS, map(), FrameLook.plain("en"), 1280, 720, false,
                    LocalDateTime.parse("2008-08-08T00:00"))) {
                frames.render(LocalDateTime.parse("2008-08-08T00:00"), new int[1280 * 720]);
                var controls = frames.scene().getRoot().lookupAll("." + MapPictures.NOT_IN_PICTURES);
                return new Object[] {controls.size(), controls.stream().filter(n -> n.isVisible() || n.isManaged())
                        .count()};
            }
        }).orTimeout(60, TimeUnit.SECONDS).join();
        assertEquals(2, seen[0], "the legend's More and Hide buttons");
        assertEquals(0L, seen[1], "none is drawn or takes space in a frame");
    }

    @Test
    void cancellingStopsBetweenFramesAndLeavesNoFile() throws Exception {
        Path gif = temp.resolve("long.gif");
        AnimationSpec spec = spec(gif, "2008-08-01T00:00", "2008-08-31T00:00", "6h", 2);
        AnimationJob job = new AnimationJob(spec, () -> new MapFrames(ATLAS, map(), FrameLook.plain("en"), 640, 360,
                true, spec.plan().from()), new Messages("en"));
        java.util.concurrent.CountDownLatch twoFrames = new java.util.concurrent.CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> job.workDoneProperty().addListener((o, was, done) -> {
            if (done.doubleValue() >= 2) {
                twoFrames.countDown();
            }
        })).get(30, TimeUnit.SECONDS);
        Thread worker = new Thread(job, "animation under test");
        worker.start();
        assertTrue(twoFrames.await(120, TimeUnit.SECONDS), "two frames written");
        WaitForAsyncUtils.asyncFx(() -> job.cancel()).get(60, TimeUnit.SECONDS);
        worker.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(worker.isAlive());
        assertTrue(WaitForAsyncUtils.asyncFx(job::isCancelled).get(60, TimeUnit.SECONDS));
        try (var left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "neither the animation nor a temporary file");
        }
    }

    @Test
    void theHeadlineIsTheFirstSentenceCutAtAWord() {
        assertEquals("Russian armour reached Tskhinvali/Tskhinval and heavy fighting went on.",
                FrameCaption.headline("Russian armour reached Tskhinvali/Tskhinval and heavy fighting went on. Russian jets bombed Gori."));
        assertEquals("रूसी टुकड़ियाँ पहुँचीं।", FrameCaption.headline("रूसी टुकड़ियाँ पहुँचीं। भारी लड़ाई चलती रही।"));
        String longOne = "word ".repeat(60).strip();
        String cut = FrameCaption.headline(longOne);
        assertTrue(cut.endsWith("…") && cut.length() <= FrameCaption.HEADLINE_CHARS + 1, cut);
        assertFalse(cut.contains("wor…"), "cut between words: " + cut);
    }

    @Test
    void theDialogStartsWithTheFocusPeriodShownNowADayAFrame() {
        ExplorerState inTheWar = new ExplorerState(ATLAS.info().start(), ATLAS.info().end(),
                LocalDateTime.parse("2008-08-09T00:00"), "en");
        AnimationChoice war = AnimationFeature.initialChoice(ATLAS, inTheWar, null);
        assertEquals(new AnimationChoice(LocalDate.of(2008, 8, 1), LocalDate.of(2008, 8, 31),
                FrameStep.parse("1d").orElseThrow(), 1280, 720, 2, AnimationFormat.GIF), war);
        ExplorerState before = new ExplorerState(ATLAS.info().start(), ATLAS.info().end(),
                LocalDateTime.parse("1995-03-01T00:00"), "en");
        AnimationChoice whole = AnimationFeature.initialChoice(ATLAS, before,
                new AnimationSettings("6h", 1920, 1080, 4, "MP4"));
        assertEquals(ATLAS.info().start().toLocalDate(), whole.from());
        assertEquals(FrameStep.parse("1y").orElseThrow(), whole.step(), "outside a period a year a frame");
        assertEquals(List.of(1920, 1080, 4, AnimationFormat.MP4),
                List.of(whole.width(), whole.height(), whole.fps(), whole.format()), "as last chosen");
    }

    @Test
    void theDialogRefusesAnEndBeforeTheStartAndCountsTheFrames() {
        String[] summaries = AnimationJob.onFx(() -> {
            AnimationDialog dialog = new AnimationDialog(new org.timeatlas.ui.Texts(new ExplorerState(ATLAS.info()
                    .start(), ATLAS.info().end(), LocalDateTime.parse("2008-08-09T00:00"), "hi")), null,
                    new AnimationChoice(LocalDate.of(2008, 8, 7), LocalDate.of(2008, 8, 12),
                            FrameStep.parse("6h").orElseThrow(), 1280, 720, 2, AnimationFormat.GIF), List.of());
            javafx.scene.control.DialogPane pane = dialog.dialog().getDialogPane();
            javafx.scene.control.Label summary = (javafx.scene.control.Label) pane.lookup("#animation-summary");
            ButtonType save = pane.getButtonTypes().get(0);
            String good = summary.getText() + "|" + pane.lookupButton(save).isDisabled();
            ((javafx.scene.control.DatePicker) pane.lookup("#animation-to")).setValue(LocalDate.of(2008, 8, 1));
            String bad = summary.getText() + "|" + pane.lookupButton(save).isDisabled();
            return new String[] {good, bad};
        }).orTimeout(30, TimeUnit.SECONDS).join();
        assertEquals("21 फ़्रेम, 10.5 सेकंड|false", summaries[0]);
        assertEquals("अंत की तारीख़ शुरुआत से पहले है।|true", summaries[1]);
    }

    private static int colours(int[] pixels) {
        Set<Integer> distinct = new HashSet<>();
        Arrays.stream(pixels).forEach(distinct::add);
        return distinct.size();
    }
}
