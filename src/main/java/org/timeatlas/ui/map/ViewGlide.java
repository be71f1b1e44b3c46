package org.timeatlas.ui.map;

import java.util.function.Consumer;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.util.Duration;
import org.timeatlas.geo.MapView;

/**
 * Moves the map from the view it shows to a wanted one in a short ease-out glide rather than a jump, so the eye
 * follows where the map went. The centre moves in a straight line in map metres and the scale changes
 * geometrically (a zoom of ×4 takes as long in its first half as in its second). A new target during a glide
 * starts again from wherever the map is, so the motion never jumps back.
 */
final class ViewGlide {

    /** How long a glide takes: long enough to follow, short enough not to wait for (the issue asks ≤ 400 ms). */
    static final Duration LENGTH = Duration.millis(320);

    private final Consumer<MapView> show;
    private final Transition transition;
    private MapView from;
    private MapView to;
    private Runnable landed = () -> { };

    /** @param show sets the map's view (each step of a glide) */
    ViewGlide(Consumer<MapView> show) {
        this.show = show;
        transition = new Transition() {
            {
                setCycleDuration(LENGTH);
                setInterpolator(Interpolator.LINEAR);
            }

            @Override
            protected void interpolate(double fraction) {
                showAt(fraction);
            }
        };
        transition.setOnFinished(done -> landed.run());
    }

    /**
     * Glides from {@code now} to {@code target} (same size), then runs {@code atEnd} (e.g. to set the target
     * exactly, with its fitting rules); a glide under way is stopped and replaced.
     */
    void glide(MapView now, MapView target, Runnable atEnd) {
        transition.stop();
        from = now;
        to = target;
        landed = atEnd;
        transition.playFromStart();
    }

    /** Shows the view {@code fraction} (0–1) of the time into the glide under way, as a frame of it would. */
    void showAt(double fraction) {
        show.accept(between(from, to, easeOut(fraction)));
    }

    /** Stops a glide under way where it is, e.g. when the user drags or zooms. */
    void stop() {
        transition.stop();
    }

    boolean isGliding() {
        return transition.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** A cubic ease-out: fast at first, settling gently. */
    static double easeOut(double t) {
        double rest = 1 - t;
        return 1 - rest * rest * rest;
    }

    /** The view {@code t} of the way (0–1) from {@code a} to {@code b}: centre linear, scale geometric. */
    static MapView between(MapView a, MapView b, double t) {
        double scale = Math.exp(Math.log(a.metresPerPixel()) * (1 - t) + Math.log(b.metresPerPixel()) * t);
        return new MapView(a.centerX() + (b.centerX() - a.centerX()) * t, a.centerY() + (b.centerY() - a.centerY()) * t,
                scale, b.width(), b.height());
    }
}
