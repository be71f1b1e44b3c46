package org.timeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class WrappingTextTest {

    private static List<String> words(WrappingText text) {
        return text.getChildren().stream().map(node -> ((Text) node).getText()).toList();
    }

    @Test
    void devanagariKeepsItsWordNodesWhenTheTextChangesAndOnlyTheirWordsChange() {
        WrappingText text = new WrappingText("रूसी सेना गोरी पहुँची", "day-card-summary");
        Node first = text.getChildren().get(0);
        assertEquals(List.of("रूसी ", "सेना ", "गोरी ", "पहुँची"), words(text));

        text.setText("युद्धविराम पर हस्ताक्षर हुए और सेना लौटी");
        assertSame(first, text.getChildren().get(0), "the first word's node is kept");
        assertEquals(List.of("युद्धविराम ", "पर ", "हस्ताक्षर ", "हुए ", "और ", "सेना ", "लौटी"), words(text));

        text.setText("शांति");
        assertSame(first, text.getChildren().get(0));
        assertEquals(List.of("शांति"), words(text));
        assertEquals("शांति", text.getText());
        for (Node node : text.getChildren()) {
            assertTrue(node.getStyleClass().containsAll(List.of("wrapping-text-word", "day-card-summary")));
        }
    }

    @Test
    void latinTextIsOneNodeWhoseWordsChange() {
        WrappingText text = new WrappingText("Russian armour reached Tskhinvali", "day-card-summary");
        Node only = text.getChildren().get(0);
        text.setText("A ceasefire was signed");
        assertSame(only, text.getChildren().get(0));
        assertEquals(List.of("A ceasefire was signed"), words(text));

        text.setText("रूसी सेना");
        assertEquals(List.of("रूसी ", "सेना"), words(text), "a Devanagari text is split into words again");
        text.setText(null);
        assertEquals(List.of(""), words(text));
    }
}
