package org.timeatlas.ui.tours;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.timeatlas.atlas.Atlas;
import org.timeatlas.atlas.Bounds;
import org.timeatlas.atlas.Event;
import org.timeatlas.atlas.Highlight;
import org.timeatlas.atlas.Territory;
import org.timeatlas.geo.MapProjection;
import org.timeatlas.ui.ExplorerState;
import org.timeatlas.ui.ViewRequest;
import org.timeatlas.ui.feature.ExplorerContext;

/** What the explorer shows now (moment, map view, selection) as a tour step, for "Add this view as a step". */
final class StepFromView {

    private final ExplorerContext context;
    private final ExplorerState state;
    private final Atlas atlas;
    private MapProjection projection;

    StepFromView(ExplorerContext context) {
        this.context = context;
        this.state = context.state();
        this.atlas = context.atlas();
    }

    /** The current moment (with its time of day when it is not midnight), map view and selection. */
    DraftStep step(List<String> languages) {
        LocalDateTime moment = state.moment();
        boolean hasTime = moment.getHour() != 0 || moment.getMinute() != 0;
        Bounds view = shownBox();
        return new DraftStep(moment, hasTime, view, highlight(moment, view), languages);
    }

    /** What the map shows now as a lon/lat box (the home box before the map has reported a view). */
    private Bounds shownBox() {
        ViewRequest shown = state.shownViewProperty().get();
        if (shown == null || Double.isNaN(shown.metresPerPixel())) {
            return atlas.info().home();
        }
        if (projection == null) {
            projection = new MapProjection(atlas.info().projection());
        }
        double width = 800;
        double height = 600;
        Scene scene = context.windows().main().getScene();
        Node map = scene == null ? null : scene.lookup(".map-pane");
        if (map != null && map.getLayoutBounds().getWidth() > 0 && map.getLayoutBounds().getHeight() > 0) {
            width = map.getLayoutBounds().getWidth();
            height = map.getLayoutBounds().getHeight();
        }
        return ViewBox.of(shown, width, height, projection);
    }

    /**
     * The selection as the step's highlight, keeping only what the step can show (the loader's rule): the selected
     * event if it has begun and lies in the view, else the most important event shown around the moment that
     * does; the selected territory if it reaches into the view.
     */
    private Highlight highlight(LocalDateTime moment, Bounds view) {
        List<String> events = new ArrayList<>();
        Optional<Event> selected = Optional.ofNullable(state.selectedEventProperty().get()).flatMap(atlas::event)
                .filter(event -> shows(event, moment, view));
        Optional<Event> picked = selected.or(() -> context.currentEvents().events().stream()
                .filter(event -> shows(event, moment, view))
                .filter(state.shownEventsProperty().get())
                .max(Comparator.comparingInt(Event::importance).thenComparing(Event::start)));
        picked.ifPresent(event -> events.add(event.id()));
        List<String> territories = new ArrayList<>();
        Optional.ofNullable(state.selectedTerritoryProperty().get()).flatMap(atlas::territory)
                .filter(territory -> reaches(territory, view)).ifPresent(territory -> territories.add(territory.id()));
        return new Highlight(territories, events, List.of());
    }

    private static boolean shows(Event event, LocalDateTime moment, Bounds view) {
        return !event.start().isAfter(moment) && (event.location() == null
                || ViewBox.contains(view, event.location().lon(), event.location().lat()));
    }

    private static boolean reaches(Territory territory, Bounds view) {
        var envelope = territory.outline().getEnvelopeInternal();
        return ViewBox.overlaps(view, envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                envelope.getMaxY());
    }
}
