package org.timeatlas.ui.animation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.MapPictures;

/**
 * Pictures of the map drawn by the same off-screen map as an animation's frames ({@link MapFrames}), without the
 * frame's caption: a picture is the map alone. The off-screen maps are built on the first picture of each look
 * (language, lens, air strikes, size, whether the time of day is given) and kept — two at most — so that a
 * picture afterwards only restyles the shapes for its moment, moves to its view and takes a snapshot.
 */
final class FramePictures implements MapPictures, AutoCloseable {

    /** How many off-screen maps are kept: a tour's steps alternate between dates with and without a time. */
    private static final int KEPT = 2;

    private record Look(String language, String lens, boolean airStrikes, int width, int height, boolean withTime) { }

    private final Atlas atlas;
    private final Supplier<List<ExplorerFeature>> mapFeatures;
    private final ExplorerState explorer;
    private final Map<Look, MapFrames> frames = new LinkedHashMap<>(4, 0.75f, true);

    /**
     * @param mapFeatures makes the features that draw the map (the map and what draws on it)
     * @param explorer    the explorer's state, whose language, lens and air strikes the pictures follow
     */
    FramePictures(Atlas atlas, Supplier<List<ExplorerFeature>> mapFeatures, ExplorerState explorer) {
        this.atlas = atlas;
        this.mapFeatures = mapFeatures;
        this.explorer = explorer;
    }

    @Override
    public Image picture(Shot shot) {
        boolean withTime = shot.moment().toLocalTime().toSecondOfDay() != 0;
        Look look = new Look(explorer.language(), explorer.lens(), explorer.airStrikesShownProperty().get(),
                shot.width(), shot.height(), withTime);
        MapFrames map = frames.computeIfAbsent(look, this::build);
        while (frames.size() > KEPT) {
            Look eldest = frames.keySet().iterator().next();
            frames.remove(eldest).close();
        }
        map.state().setHighlight(shot.highlight());
        map.state().requestView(shot.view());
        int[] pixels = map.render(shot.moment(), new int[shot.width() * shot.height()]);
        WritableImage image = new WritableImage(shot.width(), shot.height());
        image.getPixelWriter().setPixels(0, 0, shot.width(), shot.height(), PixelFormat.getIntArgbInstance(), pixels,
                0, shot.width());
        return image;
    }

    private MapFrames build(Look look) {
        FrameLook frameLook = new FrameLook(look.language(), null, look.airStrikes(), look.lens());
        MapFrames map = new MapFrames(atlas, mapFeatures.get(), frameLook, look.width(), look.height(),
                look.withTime(), explorer.moment());
        map.caption().setVisible(false);
        map.caption().setManaged(false);
        return map;
    }

    /** Removes the off-screen maps' features. */
    @Override
    public void close() {
        frames.values().forEach(MapFrames::close);
        frames.clear();
    }
}
