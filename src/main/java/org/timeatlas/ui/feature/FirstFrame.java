package org.timeatlas.ui.feature;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs a task once a scene's first frame is on the screen, not merely laid out. */
public final class FirstFrame {

    /*
     * The renderer paints a frame on its own thread and then queues the copy to the window on the FX thread. A
     * pulse waits for the previous frame's painting before it ends, so by the third pulse's layout the first
     * frame's copy is queued, and a task queued from there runs after it.
     */
    private static final int PULSES = 3;

    private FirstFrame() {
    }

    public static void then(Scene scene, Runnable task) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                pulses++;
                if (pulses < PULSES) {
                    Platform.requestNextPulse();
                } else if (pulses == PULSES) {
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(this);
                        task.run();
                    });
                }
            }
        });
    }
}
