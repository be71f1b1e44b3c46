package org.timeatlas.ui.daybyday;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.timeatlas.ui.Scripts;

/**
 * A flow of runs of words, each run in a style class of its own, that keeps its nodes when its runs change: the
 * node at each place takes the new word, and its style class changes only where the run's class differs. A run is
 * one {@link Text} node in a simple script and one node a word in a shaped one (Hindi), as in
 * {@link org.timeatlas.ui.WrappingText}; every node also has the style class {@code wrapping-text-word}.
 */
final class RunFlow extends TextFlow {

    /** Words shown in one style class. */
    record Run(String text, String styleClass) {
        // written out: a record's generated equals is linked on its first call, which came in the first day stepped
        // to and took a few milliseconds of that frame
        @Override
        public boolean equals(Object other) {
            return other instanceof Run run && text.equals(run.text) && styleClass.equals(run.styleClass);
        }

        @Override
        public int hashCode() {
            return 31 * text.hashCode() + styleClass.hashCode();
        }
    }

    private List<Run> shown = List.of();

    RunFlow(String styleClass) {
        getStyleClass().add(styleClass);
    }

    /** The runs shown now, in order. */
    List<Run> runs() {
        return shown;
    }

    /** Shows {@code runs}, reusing the nodes already there (a node made anew or re-added is styled again). */
    void show(List<Run> runs) {
        if (runs.equals(shown)) {
            return;
        }
        shown = List.copyOf(runs);
        ObservableList<Node> nodes = getChildren();
        List<Text> added = new ArrayList<>();
        int at = 0;
        for (Run run : shown) {
            for (String word : words(run.text())) {
                if (at < nodes.size()) {
                    Text node = (Text) nodes.get(at);
                    node.setText(word);
                    if (!node.getStyleClass().get(1).equals(run.styleClass())) {
                        node.getStyleClass().set(1, run.styleClass());
                    }
                } else {
                    Text node = new Text(word);
                    node.getStyleClass().addAll("wrapping-text-word", run.styleClass());
                    added.add(node);
                }
                at++;
            }
        }
        if (nodes.size() > at) {
            nodes.remove(at, nodes.size());
        }
        nodes.addAll(added);
    }

    private static List<String> words(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (!Scripts.shaped(text)) {
            return List.of(text);
        }
        List<String> words = new ArrayList<>();
        for (String word : text.split("(?<=\\s)")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
