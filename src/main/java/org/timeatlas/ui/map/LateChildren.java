package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.util.Subscription;
import org.timeatlas.ui.feature.FirstFrame;

/**
 * The marks of one map layer in their drawing order, every one built up front, of which only those to be shown are
 * put into the scene at first: the rest follow in one go once the layer's first frame is on the screen, or sooner
 * when one of them is to be shown. Every node in a scene is styled and laid out, shown or not, and at any moment
 * most of a layer's marks are hidden (on 9 August 2008 in the embedded atlas, 578 of the map's 1,230 nodes were
 * hidden event, air-strike and movement marks), so this takes their styling out of the time to the explorer's
 * first frame. After that a change of moment only shows and hides, as before.
 */
final class LateChildren {

    private final Group layer;
    private final List<Node> order = new ArrayList<>();
    private final Runnable afterComplete;
    private final Subscription waiting;
    private boolean scheduled;
    private boolean started;
    private boolean complete;

    /**
     * @param layer the group whose children these are; it holds nothing else
     * @param afterComplete run once all are in the scene, e.g. to bring the selected mark to the front again
     */
    LateChildren(Group layer, Runnable afterComplete) {
        this.layer = layer;
        this.afterComplete = afterComplete;
        waiting = layer.sceneProperty().subscribe(scene -> {
            if (scene != null && !scheduled) {
                scheduled = true;
                FirstFrame.then(scene, this::complete);
            }
        });
    }

    /** Adds {@code node} last in the drawing order; it enters the scene when shown or once all do. */
    void add(Node node) {
        order.add(node);
        if (complete) {
            layer.getChildren().add(node);
        }
    }

    /**
     * Puts {@code nodes} into the scene now, and with them all the others, if any of them is not there yet; does
     * nothing before {@link #start}.
     */
    void needed(Collection<? extends Node> nodes) {
        if (!started) {
            return;
        }
        for (Node node : nodes) {
            if (node.getParent() != layer) {
                complete();
                return;
            }
        }
    }

    /** Puts the nodes to be shown first into the scene, in their drawing order; call once after adding them. */
    void start(Collection<? extends Node> shownFirst) {
        if (started || complete) {
            return;
        }
        started = true;
        List<Node> first = new ArrayList<>();
        for (Node node : order) {
            if (shownFirst.contains(node)) {
                first.add(node);
            }
        }
        layer.getChildren().addAll(first);
    }

    /** Whether every node is in the scene. */
    boolean isComplete() {
        return complete;
    }

    /** Puts every node not yet in the scene into it. */
    void complete() {
        if (complete) {
            return;
        }
        complete = true;
        waiting.unsubscribe();
        // each missing node goes right after the one before it in the drawing order, so what is already in the scene
        // (a few marks, perhaps one brought to the front) is not taken out and styled again
        ObservableList<Node> children = layer.getChildren();
        int at = 0;
        for (Node node : order) {
            if (node.getParent() == layer) {
                at = children.indexOf(node) + 1;
            } else {
                children.add(at++, node);
            }
        }
        afterComplete.run();
    }
}
