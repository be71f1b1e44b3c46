package org.timeatlas.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Credit;
import org.timeatlas.atlas.io.Problem;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.command.CommandRegistry;

/** Help (the keyboard), About (credits and licences) and the list of an atlas's problems. */
public final class Dialogs {

    private final Texts texts;
    private final Window owner;

    public Dialogs(Texts texts, Window owner) {
        this.texts = texts;
        this.owner = owner;
    }

    /** The keys that do something now, then those of modes and places that are not active, by scope. */
    public void help(List<CommandRegistry.KeyHelp> keys) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.getStyleClass().add("keys-grid");
        grid.setId("keys-grid");
        int row = 0;
        for (CommandRegistry.KeyHelp key : keys) {
            if (key.appliesNow()) {
                grid.addRow(row++, keyLabel(key.keys()), new Label(key.action()));
            }
        }
        Map<String, List<CommandRegistry.KeyHelp>> others = new LinkedHashMap<>();
        for (CommandRegistry.KeyHelp key : keys) {
            if (!key.appliesNow()) {
                others.computeIfAbsent(key.scope(), s -> new java.util.ArrayList<>()).add(key);
            }
        }
        for (Map.Entry<String, List<CommandRegistry.KeyHelp>> scope : others.entrySet()) {
            Label heading = new Label(texts.get("keys.scope." + scope.getKey()));
            heading.getStyleClass().add("details-subheading");
            grid.add(heading, 0, row++, 2, 1);
            for (CommandRegistry.KeyHelp key : scope.getValue()) {
                grid.addRow(row++, keyLabel(key.keys()), new Label(key.action()));
            }
        }
        // the keys and their meanings are read whole: neither column is cut short
        grid.getChildren().forEach(cell -> {
            if (cell instanceof Label label) {
                label.setMinWidth(Label.USE_PREF_SIZE);
            }
        });
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        scroll.setPrefViewportWidth(560);
        show(texts.get("help.title"), texts.get("help.header"), scroll);
    }

    public void about(Atlas atlas) {
        String language = texts.current().language();
        VBox box = new VBox(8);
        box.getChildren().add(wrapped(texts.get("about.text")));
        box.getChildren().add(wrapped(texts.get("about.atlas", atlas.info().title().get(language),
                atlas.territories().size(), atlas.events().size(), atlas.sources().size())));
        Label creditsHeading = new Label(texts.get("about.credits"));
        creditsHeading.getStyleClass().add("details-subheading");
        box.getChildren().add(creditsHeading);
        for (Credit credit : atlas.info().credits()) {
            box.getChildren().add(wrapped("• " + credit.name() + " — " + credit.what().get(language) + " ("
                    + credit.licence() + (credit.url() == null ? "" : ", " + credit.url()) + ")"));
        }
        box.getChildren().add(wrapped(texts.get("about.licence")));
        box.setPrefWidth(560);
        show(texts.get("about.title"), texts.get("app.title"), box);
    }

    /** The problems of an atlas that could not be opened, one per line, selectable for copying. */
    /** Shows the list and returns its window, so that a newer list can replace it. */
    public Alert problems(String atlasName, List<Problem> problems) {
        TextArea list = new TextArea(String.join("\n", problems.stream().map(Problem::toString).toList()));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(720, 300);
        list.setId("problems-list");
        Alert alert = alert(Alert.AlertType.WARNING, texts.get("problems.title"),
                texts.get("problems.header", atlasName, problems.size()));
        alert.getDialogPane().setContent(list);
        alert.show();
        return alert;
    }

    private void show(String title, String header, javafx.scene.Node content) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, header);
        alert.getDialogPane().setContent(content);
        alert.show();
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = new Alert(type, "", new ButtonType(texts.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setResizable(true);
        return alert;
    }

    private static Label keyLabel(String text) {
        Label label = new Label(inLines(text, KEYS_PER_LINE_CHARS));
        label.getStyleClass().add("key-cap");
        return label;
    }

    /** About as many characters as "Ctrl+Shift+A / Ctrl+O" (the keys column stays narrow enough for the action). */
    static final int KEYS_PER_LINE_CHARS = 22;

    /**
     * Help's keys, "a / b / c", broken into lines between keys so that none is longer than {@code perLine}
     * characters (unless one key alone is), e.g. a presentation's "Page Down / → / Space / N / Enter".
     */
    static String inLines(String keys, int perLine) {
        StringBuilder lines = new StringBuilder();
        int lineLength = 0;
        for (String key : keys.split(" / ")) {
            if (lineLength > 0 && lineLength + 3 + key.length() > perLine) {
                lines.append(" /\n");
                lineLength = 0;
            } else if (lineLength > 0) {
                lines.append(" / ");
                lineLength += 3;
            }
            lines.append(key);
            lineLength += key.length();
        }
        return lines.toString();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
