package org.timeatlas.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Subscription;
import org.timeatlas.ui.feature.FirstFrame;

/**
 * The marks of one map layer in their drawing order, every one built up front, of which only those to be shown are
 * put into the scene at first: the rest follow, a hundred a pulse so the window keeps answering, once the layer's
 * first frame is on the screen, or all at once when one of them is to be shown. Every node in a scene is styled
 * and laid out, shown or not, and at any moment most of a layer's marks are hidden (on 9 August 2008 in the embedded atlas, 578 of the map's 1,267 nodes were
 * hidden event, air-strike and movement marks), so this takes their styling out of the time to the explorer's
 * first frame. After that a change of moment only shows and hides, as before.
 */
final class LateChildren {

    /** How many marks enter the scene in one pulse after the first frame: 11–24 ms of styling and layout here. */
    static final int MARKS_A_PULSE = 100;

    private final Group layer;
    private final List<Node> order = new ArrayList<>();
    private final Map<Node, Integer> place = new IdentityHashMap<>();
    private final Runnable afterAdding;
    private final Subscription waiting;
    private boolean scheduled;
    private boolean started;
    private boolean complete;

    /**
     * @param layer the group whose children these are; it holds nothing else
     * @param afterAdding run after marks entered the scene, e.g. to bring the selected mark to the front again (a
     *     mark brought there before goes back to its place in the drawing order)
     */
    LateChildren(Group layer, Runnable afterAdding) {
        this.layer = layer;
        this.afterAdding = afterAdding;
        waiting = layer.sceneProperty().subscribe(scene -> {
            if (scene != null && !scheduled) {
                scheduled = true;
                FirstFrame.then(scene, () -> addInPulses(scene));
            }
        });
    }

    /** Adds {@code node} last in the drawing order; it enters the scene when shown or once all do. */
    void add(Node node) {
        place.put(node, order.size());
        order.add(node);
        if (complete) {
            layer.getChildren().add(node);
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

    /**
     * Puts the nodes {@code shown} gives into the scene now, and with them all the others, if any of them is not
     * there yet; does nothing before {@link #start}. {@code shown} is asked only while some node is missing, so a
     * change of moment after that costs nothing here.
     */
    void needed(Supplier<? extends Collection<? extends Node>> shown) {
        if (!started || complete) {
            return;
        }
        for (Node node : shown.get()) {
            if (node.getParent() != layer) {
                complete();
                return;
            }
        }
    }

    /** Whether every node is in the scene. */
    boolean isComplete() {
        return complete;
    }

    /** Puts every node not yet in the scene into it. */
    void complete() {
        addUpTo(Integer.MAX_VALUE);
    }

    /** Adds {@link #MARKS_A_PULSE} nodes, and again after the pulse that styles them, until all are in. */
    private void addInPulses(Scene scene) {
        addUpTo(MARKS_A_PULSE);
        if (complete) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> addInPulses(scene));
            }
        });
    }

    /** Puts up to {@code count} of the missing nodes into the scene, each at its place in the drawing order. */
    private void addUpTo(int count) {
        if (complete) {
            return;
        }
        ObservableList<Node> children = layer.getChildren();
        // a node brought to the front stands out of the drawing order: it goes back to its place (the layer brings
        // it forward again), so that the rest is in order and each missing node can go right after the one before
        List<Node> outOfOrder = new ArrayList<>();
        int last = -1;
        for (Node child : children) {
            int at = place.get(child);
            if (at < last) {
                outOfOrder.add(child);
            } else {
                last = at;
            }
        }
        children.removeAll(outOfOrder);
        int next = 0;
        int added = 0;
        boolean missing = false;
        for (Node node : order) {
            if (next < children.size() && children.get(next) == node) {
                next++;
            } else if (outOfOrder.contains(node)) {
                children.add(next++, node);
            } else if (added < count) {
                // nodes already in the scene keep their places, so they are not taken out and styled again
                children.add(next++, node);
                added++;
            } else {
                missing = true;
            }
        }
        complete = !missing;
        if (complete) {
            waiting.unsubscribe();
        }
        afterAdding.run();
    }
}
