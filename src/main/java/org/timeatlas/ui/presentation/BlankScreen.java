package org.timeatlas.ui.presentation;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.timeatlas.ui.presentation.Presentation.Blank;

/** A black or white screen over the whole window while the presenter has blanked it (B or ., W or ,). */
final class BlankScreen extends Region {

    private static final PseudoClass WHITE = PseudoClass.getPseudoClass("white");
    private final Subscription following;

    BlankScreen(ObservableValue<Blank> blank) {
        setId("presentation-blank");
        getStyleClass().add("presentation-blank");
        getStylesheets().add(BlankScreen.class.getResource(PresentationFeature.STYLE_SHEET).toExternalForm());
        following = blank.subscribe(colour -> {
            setVisible(colour != Blank.NONE);
            pseudoClassStateChanged(WHITE, colour == Blank.WHITE);
        });
    }

    void dispose() {
        following.unsubscribe();
    }
}
