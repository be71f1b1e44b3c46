package org.timeatlas.ui.daybyday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timeatlas.ui.daybyday.RunFlow.Run;

@ExtendWith(ApplicationExtension.class)
class RunFlowTest {

    /** "word|class" for each node, in order. */
    private static List<String> nodes(RunFlow flow) {
        return flow.getChildren().stream()
                .map(node -> ((Text) node).getText() + "|" + String.join(" ", node.getStyleClass())).toList();
    }

    @Test
    void aRunIsOneNodeInLatinScriptAndANodeAWordInDevanagari() {
        RunFlow flow = new RunFlow("day-card-summary");
        flow.show(List.of(new Run("Russian armour reached Tskhinvali", "said"), new Run(" [1]", "ref")));
        assertEquals(List.of("Russian armour reached Tskhinvali|wrapping-text-word said", " [1]|wrapping-text-word ref"),
                nodes(flow));

        flow.show(List.of(new Run("रूसी सेना ", "said"), new Run("[1, 2]", "ref")));
        assertEquals(List.of("रूसी |wrapping-text-word said", "सेना |wrapping-text-word said",
                "[1, 2]|wrapping-text-word ref"), nodes(flow));
    }

    @Test
    void itsNodesAreKeptWhenTheRunsChangeAndTakeTheClassOfTheRunAtTheirPlace() {
        RunFlow flow = new RunFlow("day-card-holding-text");
        flow.show(List.of(new Run("West Isle → ", "territory"), new Run("occupied", "status")));
        Node name = flow.getChildren().get(0);
        Node status = flow.getChildren().get(1);

        flow.show(List.of(new Run("West Isle → ", "territory"), new Run("contested", "status"),
                new Run(" · changed today", "changed")));
        assertSame(name, flow.getChildren().get(0), "the name's node stays");
        assertSame(status, flow.getChildren().get(1), "the status's node stays and takes the new word");
        assertEquals(List.of("West Isle → |wrapping-text-word territory", "contested|wrapping-text-word status",
                " · changed today|wrapping-text-word changed"), nodes(flow));

        flow.show(List.of(new Run("West Isle → ", "territory"), new Run(" · ended", "changed")));
        assertSame(status, flow.getChildren().get(1), "a node at a place whose run changed takes the run's class");
        assertEquals(List.of("West Isle → |wrapping-text-word territory", " · ended|wrapping-text-word changed"),
                nodes(flow));
        assertEquals(List.of(new Run("West Isle → ", "territory"), new Run(" · ended", "changed")), flow.runs());

        flow.show(List.of(new Run("", "territory")));
        assertEquals(List.of(), nodes(flow), "an empty run has no node");
    }
}
