package org.timeatlas.ui.presentation;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timeatlas.ui.WrappingText;

/**
 * The band under the map while presenting: the date in large type with the step number beside it (and the number
 * being typed for a jump, if any), and the caption under them across the whole width. Sizes are in em of the presentation's root font
 * (presentation.css): at 1920×1080 the caption is ≥ 34 px and the date ≥ 48 px.
 */
final class CaptionBand extends VBox {

    private final Label date = new Label();
    private final Label step = new Label();
    private final WrappingText caption = new WrappingText("", "presentation-caption");

    CaptionBand() {
        setId("presentation-band");
        getStyleClass().add("presentation-band");
        getStylesheets().add(CaptionBand.class.getResource(PresentationFeature.STYLE_SHEET).toExternalForm());
        date.setId("presentation-date");
        date.getStyleClass().add("presentation-date");
        date.setWrapText(true);
        date.setMinWidth(USE_PREF_SIZE);
        step.setId("presentation-step");
        step.getStyleClass().add("presentation-step");
        caption.setId("presentation-caption");
        HBox when = new HBox(date, step);
        when.getStyleClass().add("presentation-when");
        when.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(when, caption);
    }

    void show(Caption shown, String stepText) {
        date.setText(shown.date());
        caption.setText(shown.text());
        step.setText(stepText);
        step.setVisible(!stepText.isEmpty());
        step.setManaged(!stepText.isEmpty());
    }

    String dateText() {
        return date.getText();
    }

    String captionText() {
        return caption.getText();
    }
}
