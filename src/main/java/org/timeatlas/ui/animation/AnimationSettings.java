package org.timeatlas.ui.animation;

/**
 * What the animation dialog remembers between sessions (settings section {@value #KEY}): the last step, size, rate
 * and format. A field that no longer makes sense is ignored (the folder it once held is now the one every export
 * shares, {@link org.timeatlas.ui.feature.ExportChooser}).
 *
 * @param step   e.g. "6h"
 * @param format "GIF" or "MP4"
 */
public record AnimationSettings(String step, int width, int height, int fps, String format) {

    static final String KEY = "animation";
}
