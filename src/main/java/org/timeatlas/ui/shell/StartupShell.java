package org.timeatlas.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.timeatlas.i18n.Messages;

/**
 * What the window shows for the second or so the explorer takes to build: the app's name and that the atlas
 * is opening. Made of plain shapes and text, with no controls and no style sheet, so it costs no more to show
 * than an empty window does.
 */
public final class StartupShell {

    private static final Color PANEL = Color.web("#f6f8fa");
    private static final Color INK = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#57606a");

    private final VBox root = new VBox(10);

    public StartupShell(Messages messages) {
        // Devanagari needs a font that has it, as in app.css (.lang-hi)
        String family = "hi".equals(messages.language()) ? "Noto Sans Devanagari" : "Noto Sans";
        Text title = new Text(messages.get("app.title"));
        title.setFont(Font.font(family, FontWeight.NORMAL, 24));
        title.setFill(INK);
        Text opening = new Text(messages.get("startup.opening"));
        opening.setFont(Font.font(family, 15));
        opening.setFill(MUTED);
        title.setId("startup-title");
        opening.setId("startup-opening");
        root.getChildren().addAll(title, opening);
        root.setAlignment(Pos.CENTER);
        root.setBackground(new Background(new BackgroundFill(PANEL, null, null)));
        root.setId("startup-shell");
    }

    public Parent root() {
        return root;
    }
}
