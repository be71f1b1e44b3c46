package org.timeatlas.ui.daybyday;

import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.scene.control.ScrollPane;
import javafx.util.Duration;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.DayCard;
import org.timeatlas.time.DayHoldings;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.feature.FirstFrame;

/**
 * The card of the current day in day-by-day mode, in large type for a projector: the date, what happened, who held
 * what at the end of the day (derived from the territories' histories), and what each side said, attributed,
 * with numbered sources. Its words change only when the day or the language changes; hidden outside day-by-day
 * mode and on days without a card.
 *
 * <p>While the card waits, the day after the one shown (or before it, when the days went back) is made ready on a
 * hidden page: stepping through the war, the new day's card is then turned to rather than written, styled and
 * wrapped in the frame of the step, which was a fifth of what a new day cost that frame.
 */
public final class DayCardView extends ScrollPane {

    /** How long the card waits after a change before it makes the next day ready: longer than a frame. */
    public static final Duration READY_AFTER = Duration.millis(120);

    private final Atlas atlas;
    private final ExplorerState state;
    private final Texts texts;
    private final DayCardPages pages;
    private final PauseTransition idle = new PauseTransition(READY_AFTER);
    private int direction = 1;
    private boolean framed;
    private final javafx.util.Subscription subscriptions;

    public DayCardView(Atlas atlas, DayHoldings holdings, ExplorerState state, Texts texts) {
        this.atlas = atlas;
        this.state = state;
        this.texts = texts;
        this.pages = new DayCardPages(new DayCardPage(atlas, holdings), new DayCardPage(atlas, holdings));
        setId("day-card");
        getStyleClass().add("day-card");
        setContent(pages);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
        managedProperty().bind(visibleProperty());
        idle.setOnFinished(done -> makeNextDayReady());
        subscriptions = state.momentProperty().subscribe((old, now) -> refresh())
                .and(state.dayByDayProperty().subscribe((was, on) -> refresh()))
                .and(state.languageProperty().subscribe((old, now) -> refresh()))
                .and(idle::stop)
                .and(sceneProperty().subscribe(this::onceShown));
        refresh();
    }

    /** Ends its listeners on the explorer state. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    /** The date the card shows now, or null when it is hidden. */
    public LocalDate shownDay() {
        return isVisible() ? pages.shown().day() : null;
    }

    private void refresh() {
        LocalDate day = state.moment().toLocalDate();
        DayCard card = state.isDayByDayMode() ? atlas.dayCard(day).orElse(null) : null;
        setVisible(card != null);
        if (card == null) {
            idle.stop();
            return;
        }
        String language = state.language();
        if (pages.shown().holds(day, language)) {
            return;
        }
        LocalDate was = pages.shown().day();
        if (was != null && !day.equals(was)) {
            direction = day.isBefore(was) ? -1 : 1;
        }
        if (pages.spare().holds(day, language)) {
            pages.turn();
        } else {
            pages.shown().show(card, language, texts.current());
        }
        setVvalue(0);
        if (framed) {
            idle.playFromStart();
        }
    }

    /** The next day is made ready once the card's first frame is on the screen: the explorer's is not kept waiting. */
    private void onceShown(javafx.scene.Scene scene) {
        if (scene != null && !framed) {
            FirstFrame.then(scene, () -> {
                framed = true;
                idle.playFromStart();
            });
        }
    }

    /** Shows the next day in the direction of travel on the hidden page, if it has a card and the page has not. */
    private void makeNextDayReady() {
        DayCardPage shown = pages.shown();
        if (!isVisible() || shown.day() == null) {
            return;
        }
        LocalDate next = shown.day().plusDays(direction);
        DayCardPage spare = pages.spare();
        if (!spare.holds(next, shown.language())) {
            atlas.dayCard(next).ifPresent(card -> spare.show(card, shown.language(), texts.current()));
        }
    }
}
