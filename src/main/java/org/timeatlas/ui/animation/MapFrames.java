package org.timeatlas.ui.animation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.MapPictures;

/**
 * The real map, off-screen, drawing an animation's frames: the map features installed once into an explorer of
 * their own (its own state, so the window on the screen does not move), in a scene of the frame's size with a
 * caption above the map. A frame sets the moment — which only restyles the shapes built once — and takes a
 * snapshot. Everything here runs on the FX thread; {@link #close} removes the features.
 */
final class MapFrames implements AutoCloseable {

    /** The root font of a 1280×720 frame, in pixels; larger frames scale it, so the legend and names grow too. */
    static final double FONT_AT_720P = 15;

    private final ExplorerContext context;
    private final List<Subscription> installed = new ArrayList<>();
    private final FrameCaption caption;
    private final Scene scene;
    private final WritableImage image;
    private final int width;
    private final int height;

    /**
     * Builds the frames' explorer for {@code atlas} with {@code features} (the map and what draws on it).
     *
     * @param withTime whether captions give the time of day (animations in steps of hours)
     */
    MapFrames(Atlas atlas, List<ExplorerFeature> features, FrameLook look, int width, int height, boolean withTime,
              LocalDateTime first) {
        this.width = width;
        this.height = height;
        ExplorerState state = new ExplorerState(atlas.info().start(), atlas.info().end(), first, look.language());
        state.setAirStrikesShown(look.airStrikes());
        if (look.lens() != null) {
            state.setLens(look.lens());
        }
        Offscreen offscreen = new Offscreen();
        context = ExplorerContext.create(atlas, state, offscreen, offscreen);
        FrameSlots slots = new FrameSlots();
        for (ExplorerFeature feature : features) {
            installed.add(feature.install(context, slots));
        }
        caption = new FrameCaption(atlas, look.language(), withTime);
        VBox root = new VBox(caption, slots.mapPlace());
        VBox.setVgrow(slots.mapPlace(), Priority.ALWAYS);
        root.getStyleClass().addAll("animation-frame", "lang-" + look.language());
        double scale = Math.min(width / 1280.0, height / 720.0);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", FONT_AT_720P * Math.max(0.6, scale)));
        scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(sheet("app.css"), sheet("animation.css"));
        image = new WritableImage(width, height);
        root.applyCss();
        leaveOutControls(root);
        root.layout();
        if (look.view() != null) {
            state.requestView(look.view());
        }
    }

    /** Takes the map's controls that mean nothing in a picture out of this frame's map, and their space with them. */
    private static void leaveOutControls(Parent root) {
        for (Node control : root.lookupAll("." + MapPictures.NOT_IN_PICTURES)) {
            control.visibleProperty().unbind();
            control.managedProperty().unbind();
            control.setVisible(false);
            control.setManaged(false);
        }
    }

    private static String sheet(String name) {
        return MapFrames.class.getResource("/org/timeatlas/ui/" + name).toExternalForm();
    }

    /**
     * Draws the frame of {@code moment} into {@code pixels} ({@code width × height}, row by row, ARGB) and returns
     * them.
     */
    int[] render(LocalDateTime moment, int[] pixels) {
        context.state().setMoment(moment);
        caption.show(moment);
        scene.snapshot(image);
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }

    /** The caption, for tests. */
    FrameCaption caption() {
        return caption;
    }

    /** The frame's scene, for tests. */
    Scene scene() {
        return scene;
    }

    /** The state of the frames' explorer, for tests. */
    ExplorerState state() {
        return context.state();
    }

    @Override
    public void close() {
        for (int i = installed.size() - 1; i >= 0; i--) {
            installed.get(i).unsubscribe();
        }
        installed.clear();
        context.dispose();
    }
}
