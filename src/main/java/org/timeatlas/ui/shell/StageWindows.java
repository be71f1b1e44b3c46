package org.timeatlas.ui.shell;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.feature.Windows;

/**
 * The application's windows for one stage. Tool windows are made through here so they can be closed together
 * when another atlas opens; web addresses open through the host's browser, and only http(s) ones.
 */
public final class StageWindows implements Windows {

    private final Stage stage;
    private final Consumer<String> browser;
    private final List<ToolWindow> tools = new ArrayList<>();
    private ExplorerState state;
    private Texts texts;

    /**
     * @param stage   the main window
     * @param browser opens an address in the system's browser; throws when it cannot
     */
    public StageWindows(Stage stage, Consumer<String> browser) {
        this.stage = stage;
        this.browser = browser;
    }

    /** The explorer now shown, whose language tool windows and messages follow. */
    public void follow(ExplorerState explorerState, Texts explorerTexts) {
        this.state = explorerState;
        this.texts = explorerTexts;
    }

    @Override
    public Window main() {
        return stage;
    }

    @Override
    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    @Override
    public ReadOnlyBooleanProperty fullScreenProperty() {
        return stage.fullScreenProperty();
    }

    @Override
    public ToolWindowHandle toolWindow(String id, ObservableValue<String> title, Supplier<Parent> content) {
        ToolWindow window = new ToolWindow(stage, title, state, () -> {
            Parent root = content.get();
            root.getProperties().put("tool-window-id", id);
            return root;
        });
        tools.add(window);
        return window;
    }

    /** Closes every tool window, when the explorer they belong to is replaced. */
    public void closeAll() {
        tools.forEach(ToolWindow::close);
        tools.clear();
    }

    @Override
    public void showDocument(String url) {
        if (!isWebAddress(url)) {
            offerToCopy(url, "links.notWeb");
            return;
        }
        try {
            browser.accept(url);
        } catch (RuntimeException cannotOpen) {
            offerToCopy(url, "links.noBrowser");
        }
    }

    /** Only http and https addresses are opened; anything else (javascript:, file:) is shown as text. */
    static boolean isWebAddress(String url) {
        try {
            String scheme = URI.create(url.strip()).getScheme();
            return scheme != null && List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private void offerToCopy(String url, String reasonKey) {
        TextField address = new TextField(url);
        address.setEditable(false);
        address.setId("link-address");
        address.setPrefColumnCount(40);
        Button copy = new Button(texts.get("links.copy"));
        copy.setId("link-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(texts.get("links.copied"));
        });
        Label reason = new Label(texts.get(reasonKey));
        reason.setWrapText(true);
        VBox box = new VBox(8, reason, new HBox(6, address, copy));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", new ButtonType(texts.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(stage);
        alert.setTitle(texts.get("links.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId("link-dialog");
        alert.show();
    }
}
