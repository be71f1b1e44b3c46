package org.timeatlas.ui.quiz;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Territory;
import org.timeatlas.atlas.TerritoryKind;
import org.timeatlas.quiz.Response;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.WrappingText;

/**
 * A "click the territory" question. With the mouse the answer is the territory clicked on the map (the feature
 * listens to the selection); with the keys, a list of the territories' names to type into (case and accents do
 * not matter), ↑/↓ to move in it and Enter to answer.
 */
final class TerritoryInput implements AnswerInput {

    private final VBox box = new VBox(4);
    private final TextField typed = new TextField();
    private final ListView<Territory> names = new ListView<>();
    private final FilteredList<Territory> shown;
    private final String language;

    /** @param onChosen answers with the territory chosen in the list (Enter in the field, a double click) */
    TerritoryInput(Atlas atlas, Texts texts, String language, Runnable onChosen) {
        this.language = language;
        List<Territory> territories = atlas.territories().stream().filter(t -> t.kind() == TerritoryKind.TERRITORY)
                .sorted(Comparator.comparing(t -> folded(t.name().get(language)))).toList();
        shown = new FilteredList<>(FXCollections.observableArrayList(territories));
        SortedList<Territory> ranked = new SortedList<>(shown);
        box.getStyleClass().add("quiz-territory");
        typed.setId("quiz-territory-name");
        typed.promptTextProperty().bind(texts.text("quiz.territory.type"));
        names.setId("quiz-territory-list");
        names.setItems(ranked);
        names.setPrefHeight(150);
        names.setMinHeight(80);
        names.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Territory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name().get(language));
            }
        });
        typed.textProperty().addListener((obs, old, text) -> {
            String wanted = folded(text);
            shown.setPredicate(t -> folded(t.name().get(language)).contains(wanted));
            // the best match is the one Enter answers with: "Gori" is the buffer zone north of Gori, not Akhalgori
            ranked.setComparator(Comparator.comparingInt((Territory t) -> matchRank(t.name().get(language), wanted))
                    .thenComparing(t -> folded(t.name().get(language))));
            names.getSelectionModel().selectFirst();
        });
        typed.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.DOWN || key.getCode() == KeyCode.UP) {
                move(key.getCode() == KeyCode.DOWN ? 1 : -1);
                key.consume();
            }
        });
        typed.setOnAction(e -> onChosen.run());
        names.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2) {
                onChosen.run();
            }
        });
        box.getChildren().addAll(new WrappingText(texts.get("quiz.territory.how"), "quiz-hint"), typed, names);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Optional<Response> response() {
        Territory chosen = names.getSelectionModel().getSelectedItem();
        return chosen == null ? Optional.empty() : Optional.of(new Response.Territory(chosen.id()));
    }

    @Override
    public void focus() {
        typed.requestFocus();
    }

    @Override
    public void move(int delta) {
        if (shown.isEmpty()) {
            return;
        }
        int at = names.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? 0 : Math.max(0, Math.min(shown.size() - 1, at + delta));
        names.getSelectionModel().select(next);
        names.scrollTo(next);
    }

    /**
     * How well a territory's name matches what was typed, best first: 0 when one of its names (the parts between
     * "/") is the text, 1 when one begins with it, 2 when a word of the name does, 3 when it is only inside a word.
     */
    static int matchRank(String name, String typed) {
        String wanted = folded(typed);
        String whole = folded(name);
        if (wanted.isEmpty()) {
            return 0;
        }
        int rank = 3;
        for (String part : whole.split("/")) {
            String one = part.strip();
            if (one.equals(wanted)) {
                return 0;
            }
            if (one.startsWith(wanted)) {
                rank = Math.min(rank, 1);
            }
        }
        for (String word : whole.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (word.startsWith(wanted)) {
                rank = Math.min(rank, 2);
            }
        }
        return rank;
    }

    /** Lower case without the accents of Latin letters, so "Gali", "gali" and "Galí" are one (Devanagari is kept). */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("(?<=\\p{IsLatin})\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}
