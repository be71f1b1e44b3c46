package org.timeatlas.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.util.Duration;
import org.timeatlas.atlas.io.PlainText;
import org.timeatlas.atlas.io.Problem;
import org.timeatlas.i18n.Messages;

/**
 * The ways a run of the window ends by itself, each with its exit code: a snapshot written (0) or not (1), and
 * an installation whose embedded atlas is damaged (1). Messages are plain lines on standard error.
 */
public final class Endings {

    private Endings() {
    }

    /** Ends the application with {@code code}. */
    public static void exit(int code) {
        Platform.exit();
        System.exit(code);
    }

    /** "IllegalStateException (a shape the map cannot draw)", for a failure shown to the user. */
    public static String describe(Throwable failed) {
        String message = failed.getMessage();
        return failed.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    /**
     * Writes what {@code scene} shows to {@code file} once two pulses have let layout, CSS and the canvases
     * settle, then exits: 0 when written, 1 with one line when not.
     */
    public static void snapshotAndExit(Scene scene, Path file) {
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(e -> {
            int code = 0;
            try {
                Snapshots.write(scene, file);
                System.out.println("wrote " + file);
            } catch (IOException | RuntimeException | OutOfMemoryError failed) {
                System.err.println("time-atlas: cannot write snapshot " + PlainText.escape(file.toString()) + ": "
                        + describe(failed));
                code = 1;
            }
            exit(code);
        });
        settle.play();
    }

    /**
     * Only a damaged installation gets here: the embedded atlas has problems. Says what is wrong in plain lines
     * (and in a dialog when a window is wanted) and stops without a stack trace.
     */
    public static void refuseBrokenEmbeddedAtlas(List<Problem> problems, String language, boolean withWindow) {
        problems.forEach(System.err::println);
        Messages messages = new Messages(language);
        String header = messages.get("problems.embedded", problems.size());
        System.err.println("time-atlas: " + header);
        if (withWindow) {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    String.join("\n", problems.stream().limit(20).map(Problem::toString).toList()), new ButtonType(messages.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
            alert.setHeaderText(header);
            alert.setTitle(messages.get("problems.title"));
            alert.showAndWait();
        }
        exit(1);
    }
}
