package org.timeatlas.ui;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text that wraps over several lines and stays correct for Devanagari. JavaFX draws each wrapped line of
 * a single complex-script run past its break (Hindi lines repeat the start of the next one), so the
 * text is laid out one word per {@link Text} node and the flow breaks only between them.
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
        text = newText == null ? "" : newText;
        getChildren().clear();
        // Split wherever the flow may break a line (after spaces, hyphens and dashes), so no node is ever broken.
        for (String word : text.split("(?<=[\\s\\-–—/])")) {
            Text node = new Text(word);
            node.getStyleClass().add("wrapping-text-word");
            node.getStyleClass().addAll(styleClasses);
            getChildren().add(node);
        }
    }
}
