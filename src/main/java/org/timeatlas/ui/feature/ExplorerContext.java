package org.timeatlas.ui.feature;

import org.timeatlas.atlas.Atlas;
import org.timeatlas.time.StateIndex;
import org.timeatlas.time.TimeAxis;
import org.timeatlas.ui.CurrentEvents;
import org.timeatlas.ui.DayByDayMode;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.Texts;
import org.timeatlas.ui.TourPlayback;
import org.timeatlas.ui.command.CommandRegistry;

/**
 * Everything made once per opened atlas that features share: the atlas, the explorer state and its rules, the
 * derived indexes, the interface texts and the command registry; and the application-lifetime windows and host.
 *
 * @param atlas         the opened atlas
 * @param state         the one observable explorer state
 * @param index         what is true at a moment (statuses, events), built once
 * @param axis          the segmented time axis of the whole span
 * @param dayByDay      the rules of day-by-day mode over the state
 * @param texts         interface texts in the current language
 * @param currentEvents the events around the current moment, shared by the map and the list
 * @param tours         which tour runs and at which step, shared by the tour player and presentation mode
 * @param commands      the registry features add their commands to
 * @param windows       the main window and tool windows
 * @param host          the application: open another atlas, quit
 * @param mapPictures   pictures of the map off the screen, offered by a feature that can draw them
 */
public record ExplorerContext(Atlas atlas, ExplorerState state, StateIndex index, TimeAxis axis,
                              DayByDayMode dayByDay, Texts texts, CurrentEvents currentEvents,
                              TourPlayback tours, CommandRegistry commands, Windows windows, ExplorerHost host,
                              MapPictureSource mapPictures) {

    /** Makes the per-atlas parts for {@code atlas}, opening at {@code state}'s moment. */
    public static ExplorerContext create(Atlas atlas, ExplorerState state, Windows windows, ExplorerHost host) {
        DayByDayMode dayByDay = new DayByDayMode(state, atlas.info().focusPeriods());
        dayByDay.enterIfInside(state.moment());
        Texts texts = new Texts(state);
        StateIndex index = new StateIndex(atlas);
        TimeAxis axis = new TimeAxis(atlas.info().axis());
        return new ExplorerContext(atlas, state, index, axis, dayByDay, texts,
                new CurrentEvents(index, axis, state), new TourPlayback(atlas.tours(), state), new CommandRegistry(texts), windows, host,
                new MapPictureSource());
    }

    /** Ends the listeners of the shared parts (day-by-day rules, current events) and stops playback. */
    public void dispose() {
        state.setPlaying(false);
        tours.stop();
        dayByDay.dispose();
        currentEvents.dispose();
    }
}
