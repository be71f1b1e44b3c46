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

/** Help (the keyboard), About (credits and licences) and the list of an atlas's problems. */
public final class Dialogs {

    private static final List<String[]> MAP_KEYS = List.of(
            new String[] {"keys.map.arrows", "keys.map.pan"},
            new String[] {"keys.map.plusMinus", "keys.map.zoom"},
            new String[] {"keys.map.zero", "keys.map.fit"},
            new String[] {"keys.map.mouse", "keys.map.mouseHelp"});

    private final Texts texts;
    private final Window owner;

    public Dialogs(Texts texts, Window owner) {
        this.texts = texts;
        this.owner = owner;
    }

    public void help(List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.getStyleClass().add("keys-grid");
        Map<String, String> keysByAction = new LinkedHashMap<>();
        for (Shortcut shortcut : shortcuts) {
            keysByAction.merge(shortcut.descriptionKey(), shortcut.keys().getDisplayText(), (a, b) -> a + " / " + b);
        }
        int row = 0;
        for (Map.Entry<String, String> entry : keysByAction.entrySet()) {
            grid.addRow(row++, keyLabel(entry.getValue()), new Label(texts.get(entry.getKey())));
        }
        Label mapHeading = new Label(texts.get("keys.map.heading"));
        mapHeading.getStyleClass().add("details-subheading");
        grid.add(mapHeading, 0, row++, 2, 1);
        for (String[] mapKey : MAP_KEYS) {
            grid.addRow(row++, keyLabel(texts.get(mapKey[0])), new Label(texts.get(mapKey[1])));
        }
        show(texts.get("help.title"), texts.get("help.header"), grid);
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
    public void problems(String atlasName, List<Problem> problems) {
        TextArea list = new TextArea(String.join("\n", problems.stream().map(Problem::toString).toList()));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(720, 300);
        list.setId("problems-list");
        Alert alert = alert(Alert.AlertType.WARNING, texts.get("problems.title"),
                texts.get("problems.header", atlasName, problems.size()));
        alert.getDialogPane().setContent(list);
        alert.show();
    }

    private void show(String title, String header, javafx.scene.Node content) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, header);
        alert.getDialogPane().setContent(content);
        alert.show();
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = new Alert(type, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setResizable(true);
        return alert;
    }

    private static Label keyLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("key-cap");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
