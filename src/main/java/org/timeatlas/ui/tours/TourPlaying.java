package org.timeatlas.ui.tours;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.util.Subscription;
import org.timeatlas.atlas.Tour;
import org.timeatlas.ui.TourPlayback;
import org.timeatlas.ui.command.Command;
import org.timeatlas.ui.command.KeyScope;
import org.timeatlas.ui.command.MenuPlace;
import org.timeatlas.ui.command.MenuPlace.Menus;
import org.timeatlas.ui.command.ToolbarPlace;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.Slots;
import org.timeatlas.ui.feature.Windows;

/**
 * Playing the atlas's tours: the chooser (Go → Tours…, T), the player beside the map, the "tour" key scope
 * (Page Down / → next, Page Up / ← previous, Esc end) and the progress that Go → Resume tour continues from.
 */
final class TourPlaying {

    /** The key scope of a running tour: above day-by-day mode (10), below full screen (30). */
    static final int SCOPE_PRIORITY = 20;

    private final ExplorerContext context;
    private final TourPlayback tours;
    private final TourProgress progress;
    /** The tour last started from the chooser: the chooser, made anew each time, opens on it. */
    private Tour chosenLast;
    private final ObjectBinding<TourPlayback.Position> leftOff;
    private final TourPlayerView player;
    private final Windows.ToolWindowHandle chooserWindow;
    private final List<Subscription> parts = new ArrayList<>();
    private TourChooserView chooser;

    TourPlaying(ExplorerContext context, Slots slots) {
        this.context = context;
        this.tours = context.tours();
        this.progress = new TourProgress(context.host().remembered(), context.atlas().info().id());
        leftOff = Bindings.createObjectBinding(() -> progress.leftOff()
                .flatMap(p -> tours.tour(p.tour()).map(tour -> new TourPlayback.Position(tour,
                        Math.max(0, Math.min(p.step(), tour.steps().size() - 1)))))
                .orElse(null), progress.progressProperty());
        player = new TourPlayerView(tours, context.atlas(), context.state(), context.texts(),
                context.windows()::showDocument, leftOff, this::resume, this::end);
        chooserWindow = context.windows().toolWindow("tours", context.texts().text("tours.chooser.title"),
                this::newChooser);

        BooleanBinding running = Bindings.isNotNull(tours.positionProperty());
        BooleanBinding canResume = Bindings.isNotNull(leftOff).and(running.not());
        KeyScope scope = new KeyScope("tour", SCOPE_PRIORITY, running);
        parts.add(context.commands().add(
                Command.of("go.tours", "tours.menu", this::choose).keys(key(KeyCode.T))
                        .icon("mdi2m-map-marker-path").toolbar(ToolbarPlace.of(ToolbarPlace.Group.MODES, 5))
                        .menu(MenuPlace.of(Menus.GO, 6, 0)),
                Command.of("tour.resume", "tours.resumeMenu", this::resume).enabledWhen(canResume)
                        .menu(MenuPlace.of(Menus.GO, 6, 1)),
                Command.of("tour.previous", "tours.previous", tours::previous)
                        .keys(key(KeyCode.PAGE_UP), key(KeyCode.LEFT)).scope(scope).enabledWhen(running)
                        .menu(MenuPlace.of(Menus.GO, 6, 2)),
                Command.of("tour.next", "tours.next", this::next)
                        .keys(key(KeyCode.PAGE_DOWN), key(KeyCode.RIGHT)).scope(scope).enabledWhen(running)
                        .menu(MenuPlace.of(Menus.GO, 6, 3)),
                Command.of("tour.end", "tours.end", this::end).keys(key(KeyCode.ESCAPE)).scope(scope)
                        .enabledWhen(running).menu(MenuPlace.of(Menus.GO, 6, 4))));
        parts.add(slots.sidePanel("tour-player", player, -10, player.shownProperty()));
        parts.add(tours.positionProperty().subscribe(this::remember));
        parts.add(player::dispose);
        parts.add(chooserWindow::close);
        parts.add(() -> {
            if (chooser != null) {
                chooser.dispose();
            }
        });
        parts.add(leftOff::dispose);
    }

    /** Removes the commands, the player and the chooser, and stops following the tour's position. */
    Subscription subscription() {
        return () -> parts.forEach(Subscription::unsubscribe);
    }

    /** Plays {@code tour} from step {@code step} (e.g. a draft tried out in the editor). */
    void play(Tour tour, int step) {
        player.dismissNotice();
        tours.start(tour, step);
    }

    /** A closed tool window is made anew when shown again: the chooser it showed before is ended first. */
    private TourChooserView newChooser() {
        if (chooser != null) {
            chooser.dispose();
        }
        chooser = new TourChooserView(tours.tours(), context.state(), context.texts(), progress::isFinished,
                this::start);
        return chooser;
    }

    private void choose() {
        chooserWindow.show();
        chooser.refresh(tours.position().map(TourPlayback.Position::tour).orElse(chosenLast));
    }

    private void start(Tour tour) {
        chosenLast = tour;
        chooserWindow.close();
        play(tour, 0);
        context.windows().main().requestFocus();
    }

    private void resume() {
        TourPlayback.Position position = leftOff.get();
        if (position != null) {
            play(position.tour(), position.step());
        }
    }

    private void next() {
        if (!tours.next()) {
            end();
        }
    }

    /** Ends the tour; one ended at its last step leaves nothing to resume. */
    private void end() {
        tours.position().filter(p -> p.isLast() && isAtlasTour(p.tour())).ifPresent(p -> progress.clearLeftOff());
        tours.stop();
    }

    private void remember(TourPlayback.Position position) {
        if (position != null && isAtlasTour(position.tour())) {
            progress.at(position.tour().id(), position.step(), position.isLast());
        }
    }

    private boolean isAtlasTour(Tour tour) {
        return tours.tour(tour.id()).filter(tour::equals).isPresent();
    }

    private static KeyCodeCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }
}
