package org.timeatlas.ui.feature;

import javafx.util.Subscription;

/**
 * A part of the window that lays itself out differently while the explorer is presented to a class: the map, for
 * one, folds its legend (which would cover the lower third of the map in presentation's large type). The window
 * asks it from {@link Slots#presentation}, so presentation mode never reaches into the part itself.
 */
public interface Presentable {

    /**
     * Lays this part out for presenting until the returned subscription ends, which puts back everything it
     * changed as it was (a change the user made meanwhile, such as showing the legend again, is undone too).
     */
    Subscription present();
}
