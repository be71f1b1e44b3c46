package org.timeatlas.ui.animation;

import java.util.List;
import java.util.function.Supplier;
import javafx.util.Subscription;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * Offers pictures of the map drawn off the screen ({@link org.timeatlas.ui.feature.MapPictures}) to the other
 * features, e.g. the presenter view's picture of the next step. It draws them with the animation's off-screen map,
 * built only when the first picture is asked for.
 */
public final class MapPicturesFeature implements ExplorerFeature {

    private final Supplier<List<ExplorerFeature>> mapFeatures;

    /** @param mapFeatures makes the features that draw the map in a picture (the map and what draws on it) */
    public MapPicturesFeature(Supplier<List<ExplorerFeature>> mapFeatures) {
        this.mapFeatures = mapFeatures;
    }

    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        FramePictures pictures = new FramePictures(context.atlas(), mapFeatures, context.state());
        return context.mapPictures().offer(pictures).and(pictures::close);
    }
}
