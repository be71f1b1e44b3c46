package org.timeatlas;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.stage.Stage;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.bench.BareWindow;
import org.timeatlas.bench.BenchSubject;
import org.timeatlas.bench.FrameDriver;
import org.timeatlas.time.TimeAxis;

/**
 * Entry point of one benchmark child JVM (started by {@code bench.PerformanceBenchmark}, not by hand):
 * {@code bare|app [--atlas DIR] --size WxH --spawn-ms EPOCH_MS}. Lives next to {@link App} to open the
 * explorer as {@link Launcher} does: options read while the toolkit starts, a start-up shell first.
 */
public final class BenchmarkApp {

    private BenchmarkApp() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        Path atlas = null;
        String size = "1280x800";
        long spawnMs = System.currentTimeMillis();
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--atlas" -> atlas = Path.of(args[i + 1]);
                case "--size" -> size = args[i + 1];
                case "--spawn-ms" -> spawnMs = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String[] wh = size.split("x");
        BenchSubject subject = mode.equals("bare")
                ? new BareWindow(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]))
                : new Explorer(atlas, size);
        FrameDriver.run(subject, spawnMs);
    }

    /** The whole explorer, opened by {@link App#open} as the command line would. */
    private static final class Explorer implements BenchSubject {
        private final App app = new App();
        private final Path atlas;
        private final CompletableFuture<LaunchOptions> options;
        private TimeAxis axis;

        /**
         * Called before the toolkit starts: as in {@link Launcher#run}, the options and the remembered settings are
         * read while it starts.
         */
        Explorer(Path atlas, String size) {
            this.atlas = atlas;
            List<String> args = new ArrayList<>(List.of("--size", size));
            if (atlas != null) {
                args.addAll(List.of("--atlas", atlas.toString()));
            }
            options = CompletableFuture.supplyAsync(() -> {
                LaunchOptions parsed = LaunchOptions.parse(args.toArray(String[]::new));
                app.rememberNow(parsed);
                return parsed;
            });
        }

        @Override
        public void open(Stage stage) {
            app.openShellFirst(stage, options.join());
        }

        @Override
        public boolean ready() {
            return app.built();
        }

        @Override
        public void prepare() {
            axis = org.timeatlas.bench.AtlasAxis.read(atlas, AtlasLoader.EMBEDDED);
        }

        @Override
        public void show(LocalDateTime moment) {
            app.state().setMoment(moment);
        }

        @Override
        public void showPosition(double position) {
            app.state().setMoment(axis.momentAt(position));
        }
    }
}
