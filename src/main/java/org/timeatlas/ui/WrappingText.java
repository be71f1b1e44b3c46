package org.timeatlas.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text that wraps over several lines and stays correct for Devanagari. JavaFX draws each wrapped line of
 * a single complex-script run past its break (Hindi lines repeat the start of the next one), so such
 * text is laid out one word per {@link Text} node and the flow breaks only between them; text in simple
 * scripts is one node (see {@link Scripts#shaped}). Every node has the style class
 * {@code wrapping-text-word} and the classes given.
 */
public final class WrappingText extends TextFlow {

    private final String[] styleClasses;
    private String text = "";

    public WrappingText(String text, String... styleClasses) {
        this.styleClasses = styleClasses.clone();
        getStyleClass().add("wrapping-text");
        getStyleClass().addAll(styleClasses);
        setMinWidth(0);
        setText(text);
    }

    public String getText() {
        return text;
    }

    public void setText(String newText) {
        String next = newText == null ? "" : newText;
        if (next.equals(text) && !getChildren().isEmpty()) {
            return;
        }
        text = next;
        // Split wherever the flow may break a line (after spaces, hyphens and dashes), so no node is ever broken.
        String[] words = Scripts.shaped(text) ? text.split("(?<=[\\s\\-–—/])") : new String[] {text};
        // the nodes shown keep their places and only their words change: a node added anew is styled again, which
        // for a day card in Hindi (a node a word) was most of a day's step
        ObservableList<Node> nodes = getChildren();
        int kept = Math.min(nodes.size(), words.length);
        for (int i = 0; i < kept; i++) {
            ((Text) nodes.get(i)).setText(words[i]);
        }
        if (nodes.size() > words.length) {
            nodes.remove(words.length, nodes.size());
        }
        List<Text> added = new ArrayList<>();
        for (int i = kept; i < words.length; i++) {
            added.add(word(words[i]));
        }
        nodes.addAll(added);
    }

    private Text word(String word) {
        Text node = new Text(word);
        node.getStyleClass().add("wrapping-text-word");
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
