package org.timeatlas.ui;

import javafx.scene.control.Label;

/** Small helpers for labels that every view makes the same way. */
public final class Labels {

    /** The style sheet of details texts and glossary terms, shared by the side panels and the tool windows. */
    public static final String GLOSSARY_CSS = "/org/timeatlas/ui/glossary.css";

    private Labels() {
    }

    /** {@code label} with {@code styleClass} added, for building a label in one expression. */
    public static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
