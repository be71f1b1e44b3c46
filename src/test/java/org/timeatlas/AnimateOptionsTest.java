package org.timeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.timeatlas.output.animation.AnimationSpec;
import picocli.CommandLine;

/** The --animate options: defaults, and a plain one-line reason for each mistake. */
class AnimateOptionsTest {

    private static String refusal(String... args) {
        return assertThrows(CommandLine.ParameterException.class, () -> LaunchOptions.parse(args)).getMessage();
    }

    @Test
    void anAnimationIs720pAtTwoFramesASecondADayAFrameUnlessToldOtherwise() {
        AnimationSpec spec = LaunchOptions.parse("--animate", "war.gif", "--from", "2008-08-07", "--to", "2008-08-12")
                .animation();
        assertEquals(Path.of("war.gif"), spec.file());
        assertEquals(LocalDateTime.parse("2008-08-07T00:00"), spec.plan().from());
        assertEquals("1d", spec.plan().step().toString());
        assertEquals(java.util.List.of(1280, 720, 2), java.util.List.of(spec.width(), spec.height(), spec.fps()));
        AnimationSpec chosen = LaunchOptions.parse("--animate", "war.mp4", "--from", "2008-08-07T06:00", "--to",
                "2008-08-12", "--step", "6h", "--size", "1920x1080", "--fps", "8").animation();
        assertEquals(java.util.List.of(1920, 1080, 8, 20), java.util.List.of(chosen.width(), chosen.height(),
                chosen.fps(), chosen.plan().moments().size()));
        assertNull(LaunchOptions.parse("--date", "2008-08-08").animation());
        assertEquals(1280, LaunchOptions.parse("--snapshot", "x.png").width(), "a snapshot keeps its own default");
        assertEquals(800, LaunchOptions.parse("--snapshot", "x.png").height());
    }

    @Test
    void eachMistakeIsNamed() {
        assertEquals("--animate needs --from and --to, e.g. --from 2008-08-07 --to 2008-08-12",
                refusal("--animate", "war.gif", "--from", "2008-08-07"));
        assertEquals("--from and --to go with --animate FILE.gif|FILE.mp4", refusal("--from", "2008-08-07"));
        assertEquals("Invalid value for option '--step': \"1w\" is not a step; write a number and h, d, M or y, e.g. 6h, 1d, 1M, 1y",
                refusal("--animate", "war.gif", "--from", "2008-08-07", "--to", "2008-08-12", "--step", "1w"));
        assertEquals("--animate: the end 2008-08-01T00:00 is before the start 2008-08-07T00:00",
                refusal("--animate", "war.gif", "--from", "2008-08-07", "--to", "2008-08-01"));
        assertEquals("--animate: 60 frames per second is outside 1-30",
                refusal("--animate", "war.gif", "--from", "2008-08-07", "--to", "2008-08-12", "--fps", "60"));
        assertEquals("--animate: an MP4 video needs an even width and height, not 1281x721",
                refusal("--animate", "war.mp4", "--from", "2008-08-07", "--to", "2008-08-12", "--size", "1281x721"));
    }
}
