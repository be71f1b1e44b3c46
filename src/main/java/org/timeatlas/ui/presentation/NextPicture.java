package org.timeatlas.ui.presentation;

import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.scene.image.Image;
import javafx.util.Duration;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.feature.MapPictureSource;
import org.timeatlas.ui.feature.MapPictures;

/**
 * The presenter view's picture of the next step, drawn off the critical path: a short while after the step
 * changes (so that a clicker pressed several times draws only the last), once per step, language, lens and
 * air-strike setting — never on a pulse, a tick of the clock or a refresh that changes none of them.
 */
final class NextPicture {

    /** How long the step must stay before its next step is drawn. */
    static final Duration SETTLE = Duration.millis(150);

    private final MapPictureSource source;
    private final ExplorerState state;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private PresenterView view;
    private MapPictures.Shot wanted;
    private Object wantedKey;

    NextPicture(MapPictureSource source, ExplorerState state) {
        this.source = source;
        this.state = state;
        settle.setOnFinished(event -> draw());
    }

    /** Asks for a picture of {@code shot} in {@code view}; null shows none. Asking again for the same does nothing. */
    void ask(PresenterView target, MapPictures.Shot shot) {
        Object key = shot == null ? null
                : List.of(shot, state.language(), state.lens(), state.airStrikesShownProperty().get());
        if (target == view && Objects.equals(key, wantedKey)) {
            return;
        }
        view = target;
        wanted = shot;
        wantedKey = key;
        if (shot == null || source.pictures().isEmpty()) {
            settle.stop();
            target.showPicture(null, null);
            return;
        }
        settle.playFromStart();
    }

    /** Forgets the view (it was closed) and any picture still to draw. */
    void stop() {
        settle.stop();
        view = null;
        wanted = null;
        wantedKey = null;
    }

    private void draw() {
        if (view == null || wanted == null) {
            return;
        }
        Image picture;
        try {
            picture = source.pictures().map(pictures -> pictures.picture(wanted)).orElse(null);
        } catch (RuntimeException failed) {
            // a picture that cannot be drawn leaves the presenter without it; the presentation goes on
            System.err.println("time-atlas: the picture of the next step could not be drawn: " + failed);
            picture = null;
        }
        view.showPicture(picture, wanted);
    }
}
