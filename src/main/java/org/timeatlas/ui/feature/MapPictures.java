package org.timeatlas.ui.feature;

import java.time.LocalDateTime;
import javafx.scene.image.Image;
import org.timeatlas.atlas.Highlight;
import org.timeatlas.ui.ViewRequest;

/**
 * Pictures of the map drawn off the screen: the map as it would look at a moment and view, at a size, without
 * moving the map on the screen (the presenter view shows the next step this way, as PowerPoint shows the next
 * slide). A feature that can draw the map offers them through {@link MapPictureSource}; others ask that source.
 */
public interface MapPictures {

    /**
     * The style class of a control on the map that means nothing in a picture or an animation's frame (the legend's
     * "More" and "Hide" buttons): pictures leave it out, and the space it took with it.
     */
    String NOT_IN_PICTURES = "not-in-pictures";

    /**
     * What to picture.
     *
     * @param moment    the moment the map shows
     * @param view      the area shown (a lon/lat box or a point at a scale)
     * @param highlight what is picked out (a tour step's territories, events, movements), or null
     * @param width     the picture's width in pixels, 16 to 4096
     * @param height    the picture's height in pixels, 16 to 4096
     */
    record Shot(LocalDateTime moment, ViewRequest view, Highlight highlight, int width, int height) {

        public Shot {
            if (moment == null || view == null) {
                throw new IllegalArgumentException("a picture of the map needs a moment and a view");
            }
            if (width < 16 || height < 16 || width > 4096 || height > 4096) {
                throw new IllegalArgumentException("a picture of the map is 16 to 4096 pixels a side, not "
                        + width + "×" + height);
            }
        }
    }

    /**
     * Draws the map for {@code shot} in the explorer's language and lens now, on the FX thread. It takes tens of
     * milliseconds (the first one longer, while the off-screen map is built): call it once per change, never per
     * frame.
     *
     * @return an image of {@code shot.width()} × {@code shot.height()} pixels
     */
    Image picture(Shot shot);
}
