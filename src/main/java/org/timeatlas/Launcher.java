package org.timeatlas;

import java.io.PrintStream;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.timeatlas.batch.ExportCommand;
import org.timeatlas.batch.ValidateCommand;
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

    /** Runs a batch command and returns its exit code, or starts the app and returns -1 once it has closed. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (CommandLine.ParameterException wrong) {
            err.println("time-atlas: " + wrong.getMessage());
            err.println("Try --help for the options.");
            return 2;
        }
        CommandLine help = new CommandLine(new LaunchOptions());
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            help.usage(out);
            return 0;
        }
        if (java.util.Arrays.asList(args).contains("--version") || java.util.Arrays.asList(args).contains("-V")) {
            help.printVersionHelp(out);
            return 0;
        }
        if (options.validate() != null) {
            return new ValidateCommand(out).run(options.validate());
        }
        if (options.export() != null) {
            return new ExportCommand(out, err).run(options);
        }
        LaunchOptions chosen = options;
        Platform.startup(() -> new App().openShellFirst(new Stage(), chosen));
        return -1;
    }
}
