package org.timeatlas.ui;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Highlight;

/**
 * The one observable state of the explorer: the current moment, language, selection, playback, day-by-day mode,
 * which optional map layers are shown, which events are shown (filters and the no-spoiler horizon), what a tour
 * step highlights and which lens the map is seen through.
 * Views observe it and ask it to change; they never talk to each other. Moments are clamped to the
 * span [start, end) the explorer was made for.
 */
public final class ExplorerState {

    private final LocalDateTime start;
    private final LocalDateTime last;
    private final ReadOnlyObjectWrapper<LocalDateTime> moment = new ReadOnlyObjectWrapper<>(this, "moment");
    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(this, "language");
    private final ReadOnlyStringWrapper selectedEvent = new ReadOnlyStringWrapper(this, "selectedEvent");
    private final ReadOnlyStringWrapper selectedTerritory = new ReadOnlyStringWrapper(this, "selectedTerritory");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyObjectWrapper<PlaybackSpeed> speed =
            new ReadOnlyObjectWrapper<>(this, "speed", PlaybackSpeed.NORMAL);
    private final ReadOnlyBooleanWrapper dayByDay = new ReadOnlyBooleanWrapper(this, "dayByDay");
    private final ReadOnlyBooleanWrapper airStrikesShown = new ReadOnlyBooleanWrapper(this, "airStrikesShown", true);

    private final ReadOnlyObjectWrapper<ViewRequest> viewRequest = new ReadOnlyObjectWrapper<>(this, "viewRequest");
    private final List<Consumer<ViewRequest>> viewRequestListeners = new ArrayList<>();
    private final ReadOnlyObjectWrapper<ViewRequest> shownView = new ReadOnlyObjectWrapper<>(this, "shownView");

    private final ReadOnlyObjectWrapper<Predicate<Event>> eventFilter =
            new ReadOnlyObjectWrapper<>(this, "eventFilter", event -> true);
    private final ReadOnlyObjectWrapper<LocalDateTime> revealUntil = new ReadOnlyObjectWrapper<>(this, "revealUntil");
    private final ObjectBinding<Predicate<Event>> shownEvents = Bindings.createObjectBinding(
            () -> shownBy(eventFilter.get(), revealUntil.get()), eventFilter, revealUntil);
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>(this, "highlight");
    private final ReadOnlyStringWrapper lens = new ReadOnlyStringWrapper(this, "lens", CONTROL_LENS);

    /** The id of the lens of control on the ground, the one the territories' own status spans describe. */
    public static final String CONTROL_LENS = "control";

    public ExplorerState(LocalDateTime start, LocalDateTime end, LocalDateTime initialMoment, String initialLanguage) {
        this.start = start;
        this.last = end.minusMinutes(1);
        moment.set(clamp(initialMoment));
        language.set(initialLanguage);
    }

    public ReadOnlyObjectProperty<LocalDateTime> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    public LocalDateTime moment() {
        return moment.get();
    }

    public void setMoment(LocalDateTime newMoment) {
        moment.set(clamp(newMoment));
    }

    public LocalDateTime start() {
        return start;
    }

    /** The last minute of the span. */
    public LocalDateTime last() {
        return last;
    }

    public ReadOnlyStringProperty languageProperty() {
        return language.getReadOnlyProperty();
    }

    public String language() {
        return language.get();
    }

    public void setLanguage(String newLanguage) {
        language.set(newLanguage);
    }

    public ReadOnlyStringProperty selectedEventProperty() {
        return selectedEvent.getReadOnlyProperty();
    }

    /** Selects an event by id (null clears the selection). */
    public void selectEvent(String eventId) {
        selectedEvent.set(eventId);
    }

    public ReadOnlyStringProperty selectedTerritoryProperty() {
        return selectedTerritory.getReadOnlyProperty();
    }

    /** Selects a territory by id (null clears the selection). */
    public void selectTerritory(String territoryId) {
        selectedTerritory.set(territoryId);
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public void setPlaying(boolean play) {
        playing.set(play);
    }

    public void togglePlaying() {
        playing.set(!playing.get());
    }

    public ReadOnlyObjectProperty<PlaybackSpeed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public void setSpeed(PlaybackSpeed newSpeed) {
        speed.set(newSpeed);
    }

    /** True while the explorer steps through a focus period closely (see {@code DayByDayMode}). */
    public ReadOnlyBooleanProperty dayByDayProperty() {
        return dayByDay.getReadOnlyProperty();
    }

    public boolean isDayByDayMode() {
        return dayByDay.get();
    }

    public void setDayByDayMode(boolean on) {
        dayByDay.set(on);
    }

    public void toggleDayByDayMode() {
        dayByDay.set(!dayByDay.get());
    }

    /** Whether the map draws its layer of air strikes. */
    public ReadOnlyBooleanProperty airStrikesShownProperty() {
        return airStrikesShown.getReadOnlyProperty();
    }

    public void setAirStrikesShown(boolean shown) {
        airStrikesShown.set(shown);
    }

    /** The latest request to move the map, or null before the first; to follow requests use {@link #onViewRequest}. */
    public ReadOnlyObjectProperty<ViewRequest> viewRequestProperty() {
        return viewRequest.getReadOnlyProperty();
    }

    /**
     * Asks the map to show {@code request}. Every call reaches the {@link #onViewRequest} listeners, also one equal
     * to the request before: the user may have moved the map away since. Call on the FX thread.
     */
    public void requestView(ViewRequest request) {
        viewRequest.set(request);
        for (Consumer<ViewRequest> listener : List.copyOf(viewRequestListeners)) {
            listener.accept(request);
        }
    }

    /**
     * Calls {@code listener} with each request to move the map from now on, until the subscription is ended.
     * A change listener on {@link #viewRequestProperty} would miss a request equal to the one before it.
     */
    public Subscription onViewRequest(Consumer<ViewRequest> listener) {
        viewRequestListeners.add(listener);
        return () -> viewRequestListeners.remove(listener);
    }

    /** Where the map is now (centre and scale), as the map reports it; a request with it shows the same again. */
    public ReadOnlyObjectProperty<ViewRequest> shownViewProperty() {
        return shownView.getReadOnlyProperty();
    }

    /** Called by the map whenever its view changes. */
    public void reportShownView(ViewRequest view) {
        shownView.set(view);
    }

    private LocalDateTime clamp(LocalDateTime candidate) {
        if (candidate.isBefore(start)) {
            return start;
        }
        return candidate.isAfter(last) ? last : candidate;
    }

    /** Which events the user chose to see (the filters); by default every event. Never null. */
    public ReadOnlyObjectProperty<Predicate<Event>> eventFilterProperty() {
        return eventFilter.getReadOnlyProperty();
    }

    /** Sets the filters' rule; null shows every event. */
    public void setEventFilter(Predicate<Event> filter) {
        eventFilter.set(filter != null ? filter : event -> true);
    }

    /**
     * The last moment anything may be shown (no spoilers: events, era names and status changes after it stay
     * hidden), or null when everything is shown.
     */
    public ReadOnlyObjectProperty<LocalDateTime> revealUntilProperty() {
        return revealUntil.getReadOnlyProperty();
    }

    public LocalDateTime revealUntil() {
        return revealUntil.get();
    }

    public void setRevealUntil(LocalDateTime lastShown) {
        revealUntil.set(lastShown);
    }

    /** Whether {@code moment} may be shown under the no-spoiler horizon. */
    public boolean isRevealed(LocalDateTime when) {
        LocalDateTime horizon = revealUntil.get();
        return horizon == null || !when.isAfter(horizon);
    }

    /**
     * Which events the list, the map and the timeline show: those the filters keep that start no later than
     * the no-spoiler horizon. A new predicate whenever either changes.
     */
    public ObjectBinding<Predicate<Event>> shownEventsProperty() {
        return shownEvents;
    }

    /** What a tour step picks out on the map, or null. */
    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    public void setHighlight(Highlight picked) {
        highlight.set(picked);
    }

    /** The lens the map is seen through: {@link #CONTROL_LENS} or the id of one of the atlas's lenses. */
    public ReadOnlyStringProperty lensProperty() {
        return lens.getReadOnlyProperty();
    }

    public String lens() {
        return lens.get();
    }

    /** Shows the map through {@code lensId}; null means the lens of control on the ground. */
    public void setLens(String lensId) {
        lens.set(lensId != null ? lensId : CONTROL_LENS);
    }

    private static Predicate<Event> shownBy(Predicate<Event> filter, LocalDateTime horizon) {
        if (horizon == null) {
            return filter;
        }
        return event -> !event.start().isAfter(horizon) && filter.test(event);
    }
}
