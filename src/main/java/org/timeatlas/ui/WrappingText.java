package org.timeatlas.ui;

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
        if (!Scripts.shaped(text)) {
            getChildren().setAll(word(text));
            return;
        }
        // Split wherever the flow may break a line (after spaces, hyphens and dashes), so no node is ever broken.
        String[] words = text.split("(?<=[\\s\\-–—/])");
        Text[] nodes = new Text[words.length];
        for (int i = 0; i < words.length; i++) {
            nodes[i] = word(words[i]);
        }
        getChildren().setAll(nodes);
    }

    private Text word(String word) {
        Text node = new Text(word);
        node.getStyleClass().add("wrapping-text-word");
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
