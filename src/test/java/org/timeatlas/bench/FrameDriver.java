package org.timeatlas.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Runs inside a benchmark child JVM: opens the subject, notes when its first frame is out, then drives the
 * moment frame by frame (the war in 6-hour steps at a player-like pace, then a scrub over the whole axis)
 * while timing the intervals between pulses, and finally prints one {@code BENCH-RESULT} line and exits.
 *
 * <p>A frame's time is the interval from its pulse to the next one: the next pulse cannot start before the
 * previous one has finished its animation, CSS, layout and hand-over to the render thread (which waits for the
 * previous frame's rendering), so with pulses unthrottled this interval is the whole cost of the frame.
 */
public final class FrameDriver {

    public static final String RESULT_PREFIX = "BENCH-RESULT ";
    static final LocalDateTime WAR_FROM = LocalDateTime.of(2008, 8, 7, 0, 0);
    static final int WAR_STEPS = 24;               // 7 Aug 00:00 .. 12 Aug 18:00 in 6-hour steps
    static final long STEP_PACE_NS = 250_000_000L; // four steps a second, like holding an arrow key
    static final int SCRUB_FRAMES = 600;
    private static final long SETTLE_NS = 1_000_000_000L;
    private static final long PAUSE_NS = 500_000_000L;
    private static final long WATCHDOG_MS = 180_000;

    private enum Phase { STARTUP, READY, SETTLE, STEP, PAUSE, SCRUB }

    private enum FrameKind { UNTIMED, STEP_IDLE, STEP_CHANGE, SCRUB }

    private final BenchSubject subject;
    private final long spawnWallMs;
    private final long jvmStartWallMs = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<Double> stepFrames = new ArrayList<>();
    private final List<Double> stepChangeFrames = new ArrayList<>();
    private final List<Double> scrubFrames = new ArrayList<>();
    private final List<Double> scrubSetMoment = new ArrayList<>();
    private final List<Double> scrubPulseWork = new ArrayList<>();
    private Phase phase = Phase.STARTUP;
    private FrameKind frameKind = FrameKind.UNTIMED;
    private long previousPulse;
    private long phaseStart;
    private long lastStep;
    private long changeDone;
    private int startupPulses;
    private int stepIndex;
    private int scrubIndex;
    private long shownWallMs;
    private long firstFrameWallMs;
    private long readyWallMs;
    private int readyPulses;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };

    private FrameDriver(BenchSubject subject, long spawnWallMs) {
        this.subject = subject;
        this.spawnWallMs = spawnWallMs;
    }

    /** Starts JavaFX, opens {@code subject} and drives it; the JVM exits when the run is done. */
    public static void run(BenchSubject subject, long spawnWallMs) {
        FrameDriver driver = new FrameDriver(subject, spawnWallMs);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(WATCHDOG_MS);
            } catch (InterruptedException ignored) {
                return;
            }
            System.err.println("benchmark child: no result after " + WATCHDOG_MS + " ms, giving up");
            System.exit(3);
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Platform.startup(driver::open);
    }

    private void open() {
        Stage stage = new Stage();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            if (shownWallMs == 0) {
                shownWallMs = System.currentTimeMillis();
                stage.getScene().addPostLayoutPulseListener(this::afterLayout);
                // the explorer replaces its start-up shell's scene with its own
                stage.sceneProperty().addListener((obs, old, now) -> now.addPostLayoutPulseListener(this::afterLayout));
                timer.start();
            }
        });
        try {
            subject.open(stage);
        } catch (RuntimeException failed) {
            failed.printStackTrace();
            System.exit(2);
        }
    }

    private void onPulse(long now) {
        if (previousPulse != 0) {
            record(frameKind, (now - previousPulse) / 1e6);
        }
        previousPulse = now;
        frameKind = FrameKind.UNTIMED;
        switch (phase) {
            case STARTUP -> {
                // The second pulse after showing starts only once the first frame has been laid out and handed
                // to the renderer, which has finished it: that is the first rendered frame.
                if (++startupPulses == 2) {
                    firstFrameWallMs = System.currentTimeMillis();
                    if (subject.ready()) {
                        readyWallMs = firstFrameWallMs;
                        startDriving(now);
                    } else {
                        enter(Phase.READY, now);
                    }
                }
            }
            case READY -> {
                // A subject that showed a start-up shell is whole from the pulse after it says so; as for the
                // first frame, the second such pulse marks its first whole rendered frame.
                if (subject.ready() && ++readyPulses == 2) {
                    readyWallMs = System.currentTimeMillis();
                    startDriving(now);
                }
            }
            case SETTLE -> {
                if (now - phaseStart >= SETTLE_NS) {
                    enter(Phase.STEP, now);
                    step(now);
                }
            }
            case STEP -> step(now);
            case PAUSE -> {
                if (now - phaseStart >= PAUSE_NS) {
                    enter(Phase.SCRUB, now);
                    scrub();
                }
            }
            case SCRUB -> scrub();
        }
    }

    private void startDriving(long now) {
        subject.prepare();
        enter(Phase.SETTLE, now);
    }

    private void step(long now) {
        frameKind = FrameKind.STEP_IDLE;
        if (stepIndex > 0 && now - lastStep < STEP_PACE_NS) {
            return;
        }
        if (stepIndex == WAR_STEPS) {
            frameKind = FrameKind.UNTIMED;
            enter(Phase.PAUSE, now);
            return;
        }
        subject.show(WAR_FROM.plusHours(6L * stepIndex));
        stepIndex++;
        lastStep = now;
        frameKind = FrameKind.STEP_CHANGE;
    }

    private void scrub() {
        if (scrubIndex == SCRUB_FRAMES) {
            finish();
            return;
        }
        long before = System.nanoTime();
        subject.showPosition(scrubIndex / (double) (SCRUB_FRAMES - 1));
        changeDone = System.nanoTime();
        scrubSetMoment.add((changeDone - before) / 1e6);
        scrubIndex++;
        frameKind = FrameKind.SCRUB;
    }

    /** After the scene's CSS and layout pass in the same pulse: what the change cost on the FX thread after the setter returned. */
    private void afterLayout() {
        if (frameKind == FrameKind.SCRUB && scrubPulseWork.size() < scrubSetMoment.size()) {
            scrubPulseWork.add((System.nanoTime() - changeDone) / 1e6);
        }
    }

    private void enter(Phase next, long now) {
        phase = next;
        phaseStart = now;
    }

    private void record(FrameKind kind, double millis) {
        switch (kind) {
            case STEP_IDLE -> stepFrames.add(millis);
            case STEP_CHANGE -> {
                stepFrames.add(millis);
                stepChangeFrames.add(millis);
            }
            case SCRUB -> scrubFrames.add(millis);
            case UNTIMED -> {
                // settling, pausing, start-up
            }
        }
    }

    private void finish() {
        timer.stop();
        long hwmKb = statusKb("VmHWM");
        long rssKb = statusKb("VmRSS");
        var heap = ManagementFactory.getMemoryMXBean();
        long heapUsed = heap.getHeapMemoryUsage().getUsed();
        long heapCommitted = heap.getHeapMemoryUsage().getCommitted();
        System.gc();
        long heapLive = heap.getHeapMemoryUsage().getUsed();
        StringBuilder line = new StringBuilder(RESULT_PREFIX);
        line.append("spawn_to_frame_ms=").append(firstFrameWallMs - spawnWallMs)
                .append(" jvm_to_frame_ms=").append(firstFrameWallMs - jvmStartWallMs)
                .append(" spawn_to_ready_ms=").append(readyWallMs - spawnWallMs)
                .append(" spawn_to_shown_ms=").append(shownWallMs - spawnWallMs)
                .append(" hwm_kb=").append(hwmKb)
                .append(" rss_kb=").append(rssKb)
                .append(" heap_used_kb=").append(heapUsed / 1024)
                .append(" heap_committed_kb=").append(heapCommitted / 1024)
                .append(" heap_live_kb=").append(heapLive / 1024)
                .append(" pipeline=").append(pipeline())
                .append(" step=").append(join(stepFrames))
                .append(" step_change=").append(join(stepChangeFrames))
                .append(" scrub=").append(join(scrubFrames))
                .append(" scrub_set=").append(join(scrubSetMoment))
                .append(" scrub_work=").append(join(scrubPulseWork));
        System.out.println(line);
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    private static String join(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(","));
    }

    private static long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return -1;
        }
        return -1;
    }

    private static String pipeline() {
        try {
            Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return pipeline.getClass().getSimpleName();
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return "unknown";
        }
    }
}
