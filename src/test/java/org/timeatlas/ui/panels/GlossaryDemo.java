package org.timeatlas.ui.panels;

import java.io.File;
import java.io.IOException;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.io.AtlasLoader;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.glossary.GlossaryView;
import org.timeatlas.ui.places.GazetteerView;
import org.timeatlas.ui.map.MapPane;

/**
 * Manual demo, not a test: the map focused on a place, an event's details with a term chip pressed, the
 * glossary and the gazetteer, written to PNG files in English and Hindi. Args: event id, chip id, output prefix.
 */
public final class GlossaryDemo {

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The demo's application; a nested class so the classpath launch finds JavaFX. */
    public static final class Shown extends Application {

    @Override
    public void start(Stage stage) {
        String eventId = getParameters().getRaw().get(0);
        String chipId = getParameters().getRaw().get(1);
        String prefix = getParameters().getRaw().get(2);
        Atlas atlas = AtlasLoader.loadEmbedded(AtlasLoader.EMBEDDED).atlas().orElseThrow();
        ExplorerState state = new ExplorerState(atlas.info().start(), atlas.info().end(),
                atlas.event(eventId).orElseThrow().start(), "en");
        Texts texts = new Texts(state);
        StateIndex index = new StateIndex(atlas);
        CurrentEvents current = new CurrentEvents(index, new TimeAxis(atlas.info().axis()), state);
        MapPane map = new MapPane(atlas, index, state, current, texts);
        map.setPrefSize(560, 820);
        DetailsPanel details = new DetailsPanel(atlas, state, texts, new org.timeatlas.ui.CurrentEvents(
                new org.timeatlas.time.StateIndex(atlas), new org.timeatlas.time.TimeAxis(atlas.info().axis()), state),
                url -> { });
        details.setPrefWidth(360);
        GlossaryView glossary = new GlossaryView(atlas.glossary(), state, texts);
        glossary.setPrefWidth(400);
        GazetteerView places = new GazetteerView(atlas.places(), state, texts,
                place -> state.requestView(org.timeatlas.ui.ViewRequest.place(place.location().lon(), place.location().lat())));
        places.setPrefWidth(520);
        HBox root = new HBox(8, details, glossary, places);
        root.getStyleClass().add("lang-en");
        Scene scene = new Scene(root, 1320, 820);
        scene.getStylesheets().add(getClass().getResource("/org/timeatlas/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        state.selectEvent(eventId);
        later(() -> {
            press(scene, chipId);
            later(() -> {
                write(root, prefix + "-en.png");
                state.setLanguage("hi");
                root.getStyleClass().setAll("lang-hi");
                later(() -> {
                    press(scene, chipId);
                    later(() -> {
                        write(root, prefix + "-hi.png");
                        Platform.exit();
                    });
                });
            });
        });
    }

    private static void press(Scene scene, String chipId) {
        Node chip = scene.lookup("#term-chip-" + chipId);
        if (chip instanceof ToggleButton button) {
            button.setSelected(true);
        }
    }

    private static void later(Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(400));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private static void write(Node node, String file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", new File(file));
            System.out.println("wrote " + file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
    }
}
