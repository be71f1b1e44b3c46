package org.timeatlas.ui.feature;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.util.Subscription;

/**
 * Where features find {@link MapPictures}: the feature that can draw the map off the screen offers them, and a
 * feature that shows pictures of the map asks for them when it needs one. Nothing is offered in an explorer
 * without such a feature (e.g. the one that draws an animation's frames); askers then show no picture.
 */
public final class MapPictureSource {

    private final Deque<MapPictures> offered = new ArrayDeque<>();

    /** Offers {@code pictures} until the returned subscription ends; the latest offer is the one given. */
    public Subscription offer(MapPictures pictures) {
        offered.push(pictures);
        return () -> offered.remove(pictures);
    }

    /** The pictures offered now, if any. */
    public Optional<MapPictures> pictures() {
        return Optional.ofNullable(offered.peek());
    }
}
