package org.timeatlas.ui.timeline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;

/**
 * Manual look at the timeline (not a test): shows it 1280 px wide with the test atlas and writes
 * timeline-en.png and timeline-hi.png to the folder given as the first argument (default /tmp);
 * {@code --width=N} tries another window width.
 */
public final class TimelineDemo extends Application {

    @Override
    public void start(Stage stage) {
        String folder = getParameters().getRaw().stream().filter(a -> !a.startsWith("--")).findFirst().orElse("/tmp");
        Atlas atlas = TimelineTestAtlas.atlas();
        ExplorerState state = new ExplorerState(atlas.info().start(), atlas.info().end(),
                LocalDateTime.parse("2008-08-09T14:00"), "en");
        TimelineView view = new TimelineView(atlas, new TimeAxis(atlas.info().axis()), state, new Texts(state));
        double width = getParameters().getRaw().stream().filter(a -> a.startsWith("--width="))
                .mapToDouble(a -> Double.parseDouble(a.substring("--width=".length()))).findFirst().orElse(1280);
        Scene scene = new Scene(new VBox(view), width, view.prefHeight(-1));
        for (String sheet : new String[] {"/org/timeatlas/ui/app.css", "/org/timeatlas/ui/timeline.css"}) {
            scene.getStylesheets().add(Objects.requireNonNull(TimelineView.class.getResource(sheet)).toExternalForm());
        }
        stage.setScene(scene);
        stage.show();
        state.selectEvent(TimelineTestAtlas.SHELLING);
        Platform.runLater(() -> {
            save(view, new File(folder, "timeline-en.png"));
            state.setLanguage("hi");
            state.setMoment(LocalDateTime.parse("2008-08-26T00:00"));
            Platform.runLater(() -> {
                save(view, new File(folder, "timeline-hi.png"));
                if (!getParameters().getRaw().contains("--stay")) {
                    Platform.exit();
                }
            });
        });
    }

    private static void save(TimelineView view, File file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(view.snapshot(null, null), null), "png", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
