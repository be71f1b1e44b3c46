package org.timeatlas.ui.shell;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.feature.Windows;

/**
 * A window of its own beside the explorer (the glossary, the gazetteer): made on first use, styled like the
 * main window and in its language, hidden with Escape, and brought to the front when asked for again. Once
 * closed, it is made again (with new content) when next shown.
 */
final class ToolWindow implements Windows.ToolWindowHandle {

    private static final double WIDTH = 780;
    private static final double HEIGHT = 680;

    private final Window owner;
    private final ObservableValue<String> title;
    private final ExplorerState state;
    private final Supplier<Parent> content;
    private Stage stage;
    private javafx.util.Subscription languageStyle = javafx.util.Subscription.EMPTY;

    ToolWindow(Window owner, ObservableValue<String> title, ExplorerState state, Supplier<Parent> content) {
        this.owner = owner;
        this.title = title;
        this.state = state;
        this.content = content;
    }

    @Override
    public void show() {
        if (stage == null) {
            stage = create();
        }
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
        stage.toFront();
    }

    @Override
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    @Override
    public void moveAwayFrom(javafx.geometry.Rectangle2D keepClear) {
        if (stage == null || owner == null) {
            return;
        }
        javafx.geometry.Rectangle2D mine = new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight());
        if (!mine.intersects(keepClear)) {
            return;
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(keepClear).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        double right = keepClear.getMaxX();
        double left = keepClear.getMinX() - stage.getWidth();
        if (right + stage.getWidth() <= screen.getMaxX()) {
            stage.setX(right);
        } else if (left >= screen.getMinX()) {
            stage.setX(left);
        } else {
            stage.setX(screen.getMaxX() - stage.getWidth());
            stage.setY(Math.max(screen.getMinY(), keepClear.getMaxY()));
        }
    }

    @Override
    public void close() {
        if (stage != null) {
            stage.close();
            if (stage.getScene().getRoot() instanceof AutoCloseable view) {
                try {
                    view.close();
                } catch (Exception cannotHappen) {
                    throw new IllegalStateException(cannotHappen);
                }
            }
            // its content and language listener are released: shown again, the window is made anew
            stage = null;
        }
        languageStyle.unsubscribe();
        languageStyle = javafx.util.Subscription.EMPTY;
    }

    /** The window, once it has been shown; null before. */
    public Stage stage() {
        return stage;
    }

    private Stage create() {
        Parent root = content.get();
        root.getStyleClass().addAll("tool-window", "lang-" + state.language());
        languageStyle = state.languageProperty().subscribe((old, now) -> {
            root.getStyleClass().remove("lang-" + old);
            root.getStyleClass().add("lang-" + now);
        });
        Stage window = new Stage();
        if (owner != null) {
            window.initOwner(owner);
        }
        window.titleProperty().bind(title);
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                window.hide();
                key.consume();
            }
        });
        window.setScene(scene);
        return window;
    }
}
