package org.timeatlas.ui.animation;

/**
 * What the animation dialog remembers between sessions (settings section {@value #KEY}): the folder last written
 * to and the last step, size, rate and format. A field that no longer makes sense is ignored.
 *
 * @param folder the folder of the last animation written, or null
 * @param step   e.g. "6h"
 * @param format "GIF" or "MP4"
 */
public record AnimationSettings(String folder, String step, int width, int height, int fps, String format) {

    static final String KEY = "animation";
}
