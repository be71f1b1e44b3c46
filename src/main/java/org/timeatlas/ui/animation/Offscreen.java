package org.timeatlas.ui.animation;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.timeatlas.ui.feature.ExplorerHost;
import org.timeatlas.ui.feature.Jobs;
import org.timeatlas.ui.feature.Remembered;
import org.timeatlas.ui.feature.Windows;

/**
 * The windows and host of the explorer that draws an animation's frames: it has no window of its own, opens no
 * tool window or web page, remembers nothing and runs no job; the map features it holds never ask for these.
 */
final class Offscreen implements Windows, ExplorerHost {

    private final ReadOnlyBooleanWrapper fullScreen = new ReadOnlyBooleanWrapper(false);

    @Override
    public Window main() {
        return null;
    }

    @Override
    public void toggleFullScreen() {
        // a frame has no screen to fill
    }

    @Override
    public ReadOnlyBooleanProperty fullScreenProperty() {
        return fullScreen.getReadOnlyProperty();
    }

    @Override
    public ToolWindowHandle toolWindow(String id, ObservableValue<String> title, Supplier<Parent> content) {
        return new ToolWindowHandle() {
            @Override
            public void show() {
                // tool windows are not part of a frame
            }

            @Override
            public void close() {
                // never shown
            }

            @Override
            public boolean isShowing() {
                return false;
            }

            @Override
            public void moveAwayFrom(javafx.geometry.Rectangle2D keepClear) {
                // never shown
            }
        };
    }

    @Override
    public void showDocument(String url) {
        // a frame opens no web page
    }

    @Override
    public void chooseAndOpenAtlas() {
        throw new UnsupportedOperationException("the frames of an animation show one atlas");
    }

    @Override
    public Optional<Path> atlasFolder() {
        return Optional.empty();
    }

    @Override
    public void reloadAtlas() {
        // the frames show the atlas as it was when the animation started
    }

    @Override
    public void quit() {
        throw new UnsupportedOperationException("the frames of an animation do not end the application");
    }

    @Override
    public Remembered remembered() {
        return new Remembered() {
            @Override
            public <T> Optional<T> section(String key, Class<T> type) {
                return Optional.empty();
            }

            @Override
            public void remember(String key, Object value) {
                // a frame leaves nothing behind
            }

            @Override
            public void forget(String key) {
                // nothing was remembered
            }
        };
    }

    @Override
    public Jobs jobs() {
        return (Task<Path> task) -> {
            throw new UnsupportedOperationException("the frames of an animation start no job");
        };
    }
}
