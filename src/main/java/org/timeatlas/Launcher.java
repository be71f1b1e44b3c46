package org.timeatlas;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.timeatlas.atlas.io.PlainText;
import org.timeatlas.batch.ExportCommand;
import org.timeatlas.batch.HandoutCommand;
import org.timeatlas.batch.ValidateCommand;
import org.timeatlas.output.OutputTarget;
import org.timeatlas.ui.animation.AnimateCommand;
import org.timeatlas.ui.map.MapFeature;
import picocli.CommandLine;

/**
 * Plain entry point (not a JavaFX Application, so the shaded jar runs with {@code java -jar}): runs a batch
 * command without touching the display, or starts the explorer.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exit = run(args, System.out, System.err);
        if (exit >= 0) {
            System.exit(exit);
        }
    }

    /**
     * {@code exit}, once the toolkit started early (if it was) has finished starting: exiting while it starts
     * would print its "Shutdown in progress" failure after our one-line message.
     */
    private static int settled(CompletableFuture<Void> toolkit, int exit) {
        if (toolkit != null) {
            try {
                toolkit.join();
            } catch (CompletionException | CancellationException noToolkit) {
                // e.g. no display: nothing was started, so nothing to wait for
            }
        }
        return exit;
    }

    /**
     * --animate: the atlas (--atlas, else the embedded one) drawn by the map feature off-screen, on the toolkit
     * started early; the frames are drawn on the FX thread and encoded on this one.
     */
    private static int animate(LaunchOptions options, CompletableFuture<Void> toolkit, PrintStream out,
                               PrintStream err) {
        org.timeatlas.atlas.io.LoadResult loaded = App.requestedAtlas(options, null);
        if (!loaded.valid()) {
            loaded.problems().forEach(err::println);
            err.println("time-atlas: no animation written: the atlas has " + loaded.problems().size() + " problem(s)");
            return 1;
        }
        if (toolkit == null) {
            Platform.startup(() -> { });
        } else {
            toolkit.join();
        }
        return new AnimateCommand(out, err).run(loaded.atlas().orElseThrow(), () -> List.of(new MapFeature()),
                options.animation(), options.language());
    }

    /** Runs a batch command and returns its exit code, or starts the app and returns -1 once it has closed. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        // The toolkit starts while picocli reads the options (its first parse takes ~50 ms, about half the
        // toolkit's start); a batch command never starts it.
        CompletableFuture<Void> toolkit = LaunchOptions.mayOpenWindow(args)
                ? CompletableFuture.runAsync(() -> Platform.startup(() -> { }))
                : null;
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (CommandLine.ParameterException wrong) {
            err.println("time-atlas: " + PlainText.escape(wrong.getMessage()));
            err.println("Try --help for the options.");
            return settled(toolkit, 2);
        }
        if (options.usageHelp()) {
            new CommandLine(new LaunchOptions()).usage(out);
            return 0;
        }
        if (options.versionHelp()) {
            new CommandLine(new LaunchOptions()).printVersionHelp(out);
            return 0;
        }
        if (options.validate() != null) {
            return new ValidateCommand(out).run(options.validate());
        }
        for (LaunchOptions.Output output : options.outputs()) {
            Optional<String> refused = OutputTarget.problem(output.option(), output.file(), output.extensions());
            if (refused.isPresent()) {
                err.println("time-atlas: " + PlainText.escape(refused.get()));
                return settled(toolkit, 2);
            }
        }
        if (options.export() != null) {
            return new ExportCommand(out, err).run(options);
        }
        if (options.animation() != null) {
            return settled(toolkit, animate(options, toolkit, out, err));
        }
        if (options.handout() != null) {
            return new HandoutCommand(out, err).run(options);
        }
        App app = new App();
        app.rememberNow(options); // while the toolkit starts
        Runnable open = () -> app.openShellFirst(new Stage(), options);
        if (toolkit == null) {
            Platform.startup(open);
            return -1;
        }
        try {
            toolkit.join();
        } catch (CompletionException failed) {
            // e.g. no display: the same exception as a direct Platform.startup would have thrown
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        Platform.runLater(open);
        return -1;
    }
}
