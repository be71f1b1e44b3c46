package org.timeatlas.ui.animation;

import org.timeatlas.ui.ViewRequest;

/**
 * How the map in an animation's frames looks besides the moment: the language, the area shown, and the choices
 * of the explorer it was started from.
 *
 * @param language   "en" or "hi"
 * @param view       the area to show, or null for the atlas's whole home area
 * @param airStrikes whether air strikes are drawn
 * @param lens       the lens id ({@link org.timeatlas.ui.ExplorerState#CONTROL_LENS} by default)
 */
record FrameLook(String language, ViewRequest view, boolean airStrikes, String lens) {

    /** The whole home area in {@code language}, as a new explorer shows it. */
    static FrameLook plain(String language) {
        return new FrameLook(language, null, true, org.timeatlas.ui.ExplorerState.CONTROL_LENS);
    }
}
