package org.timeatlas.testing;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A window larger than Monocle's headless screen (1280×800), e.g. a 1920×1080 projector: the stage is hidden and
 * given that size, and its content moves into a scene of that size, off the screen, with the same style sheets.
 */
public final class OffScreenWindow {

    private OffScreenWindow() {
    }

    /**
     * Moves the content of {@code current} (or of the stage's scene, when null) into a new scene
     * {@code width}×{@code height} and returns it. Call on the FX thread.
     */
    public static Scene moveContent(Stage stage, Scene current, double width, double height) {
        Platform.setImplicitExit(false);
        stage.setFullScreen(false);
        stage.hide();
        stage.setWidth(width);
        stage.setHeight(height);
        Scene from = current != null ? current : stage.getScene();
        Parent root = from.getRoot();
        List<String> sheets = List.copyOf(from.getStylesheets());
        from.setRoot(new Group());
        Scene moved = new Scene(root, width, height);
        moved.getStylesheets().setAll(sheets);
        return moved;
    }
}
