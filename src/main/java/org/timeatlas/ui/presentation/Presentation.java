package org.timeatlas.ui.presentation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.timeatlas.atlas.Tour;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.TourPlayback;

/**
 * The state of presentation mode, apart from any view: whether the explorer is presented, the tour it presents
 * (or none: the explorer itself), the no-spoiler horizon it keeps on the explorer state, a blanked screen, the
 * pointer tool, the step number being typed, and when the presentation began.
 *
 * <p>The no-spoiler horizon, while presenting with spoilers hidden, is the current step's
 * {@link org.timeatlas.atlas.TourStep#revealedUntil()} in a tour (or the moment, if the presenter moved past it),
 * else the current moment. It is cleared when presenting ends or spoilers are shown.</p>
 */
final class Presentation {

    /** What covers the screen: nothing, or a black or white blank (B / W in PowerPoint). */
    enum Blank { NONE, BLACK, WHITE }

    /** What the mouse pointer is: the arrow, a laser dot, or a pen that draws on the map. */
    enum Pointer { ARROW, LASER, PEN }

    /** The longest step number typed before Enter: tours have at most 20 steps. */
    static final int MAX_DIGITS = 3;

    private final ExplorerState state;
    private final TourPlayback tours;
    private final LongSupplier clock;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyBooleanWrapper noSpoilers = new ReadOnlyBooleanWrapper(this, "noSpoilers", true);
    private final ReadOnlyObjectWrapper<Blank> blank = new ReadOnlyObjectWrapper<>(this, "blank", Blank.NONE);
    private final ReadOnlyObjectWrapper<Pointer> pointer = new ReadOnlyObjectWrapper<>(this, "pointer", Pointer.ARROW);
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");
    private final ReadOnlyBooleanWrapper tourShown = new ReadOnlyBooleanWrapper(this, "tourShown");
    private final ReadOnlyObjectWrapper<Tour> chosen = new ReadOnlyObjectWrapper<>(this, "chosenTour");
    private int lastStep;
    private boolean tourStartedHere;
    private long startedAt;
    private final Subscription following;

    /**
     * @param clock milliseconds since the epoch now (System::currentTimeMillis; a test's own clock)
     */
    Presentation(ExplorerState state, TourPlayback tours, LongSupplier clock) {
        this.state = state;
        this.tours = tours;
        this.clock = clock;
        following = tours.positionProperty().subscribe(position -> {
            if (position != null) {
                chosen.set(position.tour());
                lastStep = position.step();
            }
            tourShown.set(presenting.get() && position != null);
            reveal();
        }).and(state.momentProperty().subscribe(moment -> reveal()));
    }

    /** Ends its listeners and the presentation, if one runs. */
    void dispose() {
        end();
        following.unsubscribe();
    }

    ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    boolean isPresenting() {
        return presenting.get();
    }

    /** True while presenting a tour (the step keys apply). */
    ReadOnlyBooleanProperty tourShownProperty() {
        return tourShown.getReadOnlyProperty();
    }

    /** The tour F5 presents: the one running, else the last one chosen; empty when none was. */
    Optional<Tour> chosenTour() {
        return tours.position().map(TourPlayback.Position::tour).or(() -> Optional.ofNullable(chosen.get()));
    }

    /** The tour last run or chosen, or null. */
    ReadOnlyObjectProperty<Tour> chosenTourProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Chooses the tour F5 presents (when no other runs), from its first step. */
    void choose(Tour tour) {
        chosen.set(tour);
        lastStep = 0;
    }

    /**
     * Starts presenting: the chosen tour from its first step ({@code fromCurrentStep} false, F5) or from the step it
     * is at (Shift+F5); with no tour chosen, the explorer from its current moment. Presenting again restarts.
     */
    void start(boolean fromCurrentStep) {
        Optional<Tour> tour = chosenTour();
        boolean wasRunning = tours.isRunning();
        if (tour.isPresent()) {
            int step = fromCurrentStep ? tours.position().map(TourPlayback.Position::step).orElse(lastStep) : 0;
            tourStartedHere = tourStartedHere || !wasRunning;
            tours.start(tour.get(), step);
        }
        if (!presenting.get()) {
            startedAt = clock.getAsLong();
        }
        presenting.set(true);
        tourShown.set(tours.isRunning());
        reveal();
    }

    /** Ends presenting: the horizon is cleared, the screen unblanked, the arrow back; a tour it began stops. */
    void end() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        tourShown.set(false);
        blank.set(Blank.NONE);
        pointer.set(Pointer.ARROW);
        typed.set("");
        if (tourStartedHere) {
            tourStartedHere = false;
            tours.stop();
        }
        state.setRevealUntil(null);
    }

    /** How long the presentation has run, zero when none runs. */
    Duration elapsed() {
        return presenting.get() ? Duration.ofMillis(Math.max(0, clock.getAsLong() - startedAt)) : Duration.ZERO;
    }

    ReadOnlyBooleanProperty noSpoilersProperty() {
        return noSpoilers.getReadOnlyProperty();
    }

    void toggleNoSpoilers() {
        noSpoilers.set(!noSpoilers.get());
        reveal();
    }

    ReadOnlyObjectProperty<Blank> blankProperty() {
        return blank.getReadOnlyProperty();
    }

    /** Blanks the screen with {@code colour}, or returns from it when it is blank with that colour already. */
    void toggleBlank(Blank colour) {
        blank.set(blank.get() == colour ? Blank.NONE : colour);
    }

    void unblank() {
        blank.set(Blank.NONE);
    }

    ReadOnlyObjectProperty<Pointer> pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    void setPointer(Pointer tool) {
        pointer.set(tool);
    }

    /** The digits of a step number typed so far ("" when none). */
    ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    void type(int digit) {
        if (typed.get().length() < MAX_DIGITS) {
            typed.set(typed.get() + digit);
        }
    }

    void clearTyped() {
        typed.set("");
    }

    /** Goes to the step typed (counted from 1, as shown); false when none was typed or it is not in the tour. */
    boolean goToTyped() {
        String number = typed.get();
        typed.set("");
        return !number.isEmpty() && tours.goTo(Integer.parseInt(number) - 1);
    }

    /**
     * Esc, one thing per press, topmost first: a step number being typed, then the pen or laser, then the
     * presentation itself. (A blank screen takes any key, Esc too, before this.)
     */
    void escape() {
        if (!typed.get().isEmpty()) {
            typed.set("");
        } else if (pointer.get() != Pointer.ARROW) {
            pointer.set(Pointer.ARROW);
        } else {
            end();
        }
    }

    private void reveal() {
        if (!presenting.get()) {
            return;
        }
        if (!noSpoilers.get()) {
            state.setRevealUntil(null);
            return;
        }
        LocalDateTime horizon = tours.position()
                .map(position -> position.current().revealedUntil())
                .filter(until -> !until.isBefore(state.moment()))
                .orElse(state.moment());
        state.setRevealUntil(horizon);
    }
}
